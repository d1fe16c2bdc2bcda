using System.ComponentModel.DataAnnotations;
using Archive.Parsing;

namespace Archive.Web.Hosting;

/// <summary>The archive's settings, bound once from the "Archive" configuration section (env: Archive__DataDirectory, ...).</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>Store, index and logs live here.</summary>
    [Required]
    public string DataDirectory { get; set; } = ".data";

    /// <summary>Ambiguous numeric dates in dated articles ("09/02/20").</summary>
    public DateOrder DateOrder { get; set; } = DateOrder.DayMonthYear;

    public string StorePath => Path.Combine(DataDirectory, "archive.db");
    public string IndexPath => Path.Combine(DataDirectory, "index");
    public string LogDirectory => Path.Combine(DataDirectory, "logs");
}
