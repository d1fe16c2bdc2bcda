using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Archive.Parsing;

namespace Archive.Web.Hosting;

/// <summary>The archive's settings, the site's and the verbs' alike, bound and validated once from the "Archive" configuration section (env: Archive__DataDirectory, ...).</summary>
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

    /// <summary>Dumps dropped here are ingested while the site runs; empty turns live import off (the image sets /import).</summary>
    public string? ImportDirectory { get; set; }

    /// <summary>Seconds between full scans of the import folder: the safety net for events the file watcher misses (network shares, Docker Desktop bind mounts).</summary>
    [Range(1, 86_400)]
    public int ImportScanSeconds { get; set; } = 30;

    /// <summary>Seconds a dropped file's size and modification time must stay the same before it is read: how a copy still in progress is told apart.</summary>
    [Range(0, 3_600)]
    public double ImportSettleSeconds { get; set; } = 2;

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

    /// <summary>
    /// The address the site is reached at ("https://archive.example/archive"): absolute links in the API, feeds,
    /// OpenSearch and permalinks are made from it rather than from the request's Host and scheme. Empty: from the request.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Honour X-Forwarded-For/-Proto from a reverse proxy (client address for rate limits, scheme for links).</summary>
    public bool BehindProxy { get; set; }

    /// <summary>"text" (default) or "json": the console log format.</summary>
    [RegularExpression("^(text|json)$", ErrorMessage = "LogFormat must be 'text' or 'json'.")]
    public string LogFormat { get; set; } = "text";

    public string StorePath => Path.Combine(DataDirectory, "archive.db");
    public string IndexPath => Path.Combine(DataDirectory, "index");
    public string LogDirectory => Path.Combine(DataDirectory, "logs");

    public bool LiveImportEnabled => !string.IsNullOrWhiteSpace(ImportDirectory);
    public TimeSpan ImportScanInterval => TimeSpan.FromSeconds(ImportScanSeconds);
    public TimeSpan ImportSettleTime => TimeSpan.FromSeconds(ImportSettleSeconds);

    /// <summary>
    /// Binds the section and validates it, the one place settings are read: a value of the wrong type ("abc" for a
    /// number, an unknown date order) or out of range stops the start with a <see cref="CannotStartException"/> naming it.
    /// </summary>
    public static ArchiveOptions Load(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        ArchiveOptions options;
        try
        {
            options = section.Get<ArchiveOptions>() ?? new ArchiveOptions();
        }
        catch (InvalidOperationException e)
        {
            // The binder's message names the key but not what it takes; say that instead.
            throw new CannotStartException(Invalid(UnreadableValue(section) ?? e.Message));
        }
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
        {
            throw new CannotStartException(Invalid(string.Join("; ", errors.Select(e => e.ErrorMessage))));
        }
        // A relative folder is the user's, as in every command-line tool: resolved once, against the directory the
        // command was run in (never the program's), so the logs and the rest of the run name it in full.
        options.DataDirectory = Path.GetFullPath(options.DataDirectory);
        if (options.LiveImportEnabled)
        {
            options.ImportDirectory = Path.GetFullPath(options.ImportDirectory!);
        }
        return options;
    }

    private static string Invalid(string problem) => $"Invalid configuration in section '{Section}': {problem}";

    /// <summary>The first setting whose text does not convert to its property's type, said as what it must be.</summary>
    private static string? UnreadableValue(IConfigurationSection section)
    {
        foreach (var property in typeof(ArchiveOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var text = section[property.Name];
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (!property.CanWrite || text is null || type == typeof(string))
            {
                continue;
            }
            try
            {
                TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException || e.InnerException is FormatException)
            {
                var expected = type.IsEnum ? string.Join(" or ", Enum.GetNames(type))
                    : type == typeof(bool) ? "true or false"
                    : type == typeof(int) ? "a whole number"
                    : "a number";
                return $"{property.Name} must be {expected}, not \"{text}\".";
            }
        }
        return null;
    }

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (DemoData && string.IsNullOrWhiteSpace(DemoDirectory))
        {
            yield return new ValidationResult("DemoDirectory must be set when DemoData is on.", [nameof(DemoDirectory)]);
        }
        if (!string.IsNullOrEmpty(PublicUrl)
            && !(Uri.TryCreate(PublicUrl, UriKind.Absolute, out var publicUrl)
                && (publicUrl.Scheme == Uri.UriSchemeHttp || publicUrl.Scheme == Uri.UriSchemeHttps)
                && string.IsNullOrEmpty(publicUrl.Query) && string.IsNullOrEmpty(publicUrl.Fragment) && string.IsNullOrEmpty(publicUrl.UserInfo)))
        {
            yield return new ValidationResult($"PublicUrl must be an absolute http or https URL such as https://archive.example/archive, not \"{PublicUrl}\".", [nameof(PublicUrl)]);
        }
        if (!Enum.IsDefined(DateOrder))
        {
            yield return new ValidationResult($"DateOrder must be {string.Join(" or ", Enum.GetNames<DateOrder>())}.", [nameof(DateOrder)]);
        }
    }
}

/// <summary>A setting or a file the archive cannot start with; the message names it and says what to do.</summary>
public sealed class CannotStartException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Wiring of <see cref="ArchiveOptions"/> into a host, the site's or a verb's.</summary>
public static class ArchiveOptionsServices
{
    /// <summary>
    /// Binds and validates the settings, once (<paramref name="dataDirectory"/>, from --data, over the configured
    /// folder), and registers them; a bad setting throws <see cref="CannotStartException"/>. The data folder is made
    /// by what writes into it (the store, the index, the logs), so a verb that finds no archive there creates nothing.
    /// </summary>
    public static ArchiveOptions AddArchiveOptions(this IHostApplicationBuilder builder, string? dataDirectory)
    {
        if (dataDirectory is not null)
        {
            builder.Configuration.AddInMemoryCollection([new($"{ArchiveOptions.Section}:{nameof(ArchiveOptions.DataDirectory)}", dataDirectory)]);
        }
        var options = ArchiveOptions.Load(builder.Configuration);
        builder.Services.AddSingleton(options);
        return options;
    }
}
