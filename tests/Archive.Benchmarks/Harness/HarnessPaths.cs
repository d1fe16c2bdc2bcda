namespace Archive.Benchmarks.Harness;

/// <summary>Where the harness finds the app and its side files when not told.</summary>
public static class HarnessPaths
{
    /// <summary>The app built beside the harness (the project reference copies it into the output folder).</summary>
    public static string DefaultApp => Path.Combine(AppContext.BaseDirectory, "Archive.Web.dll");

    /// <summary>The FTS5 peer script, copied into the output folder at build.</summary>
    public static string Fts5Peer => Path.Combine(AppContext.BaseDirectory, "peers", "fts5.py");

    public static string DefaultQueries => Path.Combine(AppContext.BaseDirectory, "queries", "mixed.tsv");

    /// <summary>The wrk script that turns the query file into search page requests.</summary>
    public static string WrkScript => Path.Combine(AppContext.BaseDirectory, "web", "queries.lua");

    /// <summary>Bytes of all files under <paramref name="path"/> (0 when it does not exist).</summary>
    public static long SizeOf(string path) =>
        File.Exists(path) ? new FileInfo(path).Length
        : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
        : 0;

    public static double Mb(long bytes) => Math.Round(bytes / 1048576.0, 2);
}
