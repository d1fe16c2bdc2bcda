namespace Archive.Storage.Ingest;

/// <summary>Turns the paths given to "ingest" into the files to read: folders recursively, in a stable order, without sidecars.</summary>
public static class IngestPaths
{
    /// <summary>The sidecar beside a dump that names its channel: "&lt;dumpfile&gt;.channel".</summary>
    public const string ChannelSidecarExtension = ".channel";

    /// <summary>The sidecar that names the channel of every dump in its folder.</summary>
    public const string FolderChannelFile = "channel.txt";

    /// <summary>
    /// Files under each path, each once, sorted by ordinal path inside a folder so two runs read in the same order.
    /// A path that does not exist is kept, so the ingest reports it as unreadable instead of silently dropping it.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            if (Directory.Exists(full))
            {
                var inFolder = Directory.EnumerateFiles(full, "*", new EnumerationOptions
                    {
                        RecurseSubdirectories = true,
                        IgnoreInaccessible = false,
                        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                    })
                    .Where(f => !IsSidecar(f) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal);
                foreach (var file in inFolder)
                {
                    if (seen.Add(file))
                    {
                        files.Add(file);
                    }
                }
            }
            else if (seen.Add(full))
            {
                // A sidecar named explicitly is still a sidecar; anything else (even missing) goes to the ingester.
                if (!(File.Exists(full) && IsSidecar(full)))
                {
                    files.Add(full);
                }
            }
        }
        return files;
    }

    /// <summary>True for the files that only name a channel.</summary>
    public static bool IsSidecar(string path) =>
        path.EndsWith(ChannelSidecarExtension, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Path.GetFileName(path), FolderChannelFile, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The channel of a dump: <paramref name="channelOverride"/>, else "&lt;file&gt;.channel", else "channel.txt" in its folder,
    /// else the file name without extension. Exports name their own channels per post.
    /// </summary>
    public static string ChannelFor(string path, string? channelOverride)
    {
        if (!string.IsNullOrWhiteSpace(channelOverride))
        {
            return channelOverride.Trim();
        }
        var fromSidecar = FirstLine(path + ChannelSidecarExtension)
            ?? FirstLine(Path.Combine(Path.GetDirectoryName(path) ?? ".", FolderChannelFile));
        return fromSidecar ?? Path.GetFileNameWithoutExtension(path);
    }

    private static string? FirstLine(string sidecar)
    {
        if (!File.Exists(sidecar))
        {
            return null;
        }
        var line = File.ReadLines(sidecar).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return string.IsNullOrEmpty(line) ? null : line;
    }
}
