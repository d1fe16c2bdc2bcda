using System.ComponentModel.DataAnnotations;
using Archive.Parsing;

namespace Archive.Web.Hosting;

/// <summary>The archive's settings, bound once from the "Archive" configuration section (env: Archive__DataDirectory, ...).</summary>
public sealed class ArchiveOptions : IValidatableObject
{
    public const string Section = "Archive";

    /// <summary>Store, index and logs live here.</summary>
    [Required]
    public string DataDirectory { get; set; } = ".data";

    /// <summary>Ambiguous numeric dates in dated articles ("09/02/20").</summary>
    public DateOrder DateOrder { get; set; } = DateOrder.DayMonthYear;

    /// <summary>A longer post (in characters) makes its dump file rejected; see <see cref="ParseOptions.MaxPostChars"/>.</summary>
    [Range(1, long.MaxValue)]
    public long MaxPostChars { get; set; } = new ParseOptions().MaxPostChars;

    /// <summary>A larger dump file (in bytes) is rejected before it is read; see <see cref="ParseOptions.MaxFileBytes"/>.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = new ParseOptions().MaxFileBytes;

    /// <summary>Ingest the bundled demo dumps on a start with an empty store.</summary>
    public bool DemoData { get; set; } = true;

    /// <summary>Where the bundled demo dumps are; by default the "demo" folder beside the binary.</summary>
    public string DemoDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "demo");

    /// <summary>Dumps dropped here are ingested while the site runs; empty turns live import off.</summary>
    public string? ImportDirectory { get; set; }

    /// <summary>Searches (pages, API, feeds) run at once; the rest queue in arrival order. 0: twice the number of cores.</summary>
    [Range(0, 1024)]
    public int SearchConcurrency { get; set; }

    /// <summary>Requests that may wait for a search slot; past that, 503 with Retry-After.</summary>
    [Range(0, 100_000)]
    public int SearchQueueLimit { get; set; } = 1000;

    /// <summary>Requests one client may make to /api/* per minute before getting 429.</summary>
    [Range(1, 1_000_000)]
    public int ApiRequestsPerMinute { get; set; } = 120;

    /// <summary>The path the site is served under behind a reverse proxy ("/archive"); empty for the root.</summary>
    [RegularExpression("^(/[A-Za-z0-9._~-]+)*$", ErrorMessage = "PathBase must be empty or look like /archive (no trailing slash).")]
    public string? PathBase { get; set; }

    /// <summary>Honour X-Forwarded-For/-Proto from a reverse proxy (client address for rate limits, scheme for links).</summary>
    public bool BehindProxy { get; set; }

    /// <summary>"text" (default) or "json": the console log format.</summary>
    [RegularExpression("^(text|json)$", ErrorMessage = "LogFormat must be 'text' or 'json'.")]
    public string LogFormat { get; set; } = "text";

    public string StorePath => Path.Combine(DataDirectory, "archive.db");
    public string IndexPath => Path.Combine(DataDirectory, "index");
    public string LogDirectory => Path.Combine(DataDirectory, "logs");

    /// <summary>Binds the section and validates it; a bad setting stops the start with a message naming it.</summary>
    public static ArchiveOptions Load(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<ArchiveOptions>() ?? new ArchiveOptions();
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
        {
            throw new InvalidSettingsException(
                "Invalid configuration in section 'Archive': " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
        }
        return options;
    }

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (DemoData && string.IsNullOrWhiteSpace(DemoDirectory))
        {
            yield return new ValidationResult("DemoDirectory must be set when DemoData is on.", [nameof(DemoDirectory)]);
        }
    }
}

/// <summary>A setting the archive cannot start with; the message names it and says what it must be.</summary>
public sealed class InvalidSettingsException(string message) : InvalidOperationException(message);
