using Archive.Parsing;

namespace Archive.Storage.Ingest;

/// <summary>The files an ingest reads, and the files found in its folders that are not dumps (left alone, listed as skipped).</summary>
public sealed record IngestFiles(IReadOnlyList<string> Files, IReadOnlyList<string> NotDumps);

/// <summary>Turns the paths given to "ingest" into the files to read: folders recursively, in a stable order, without sidecars.</summary>
public static class IngestPaths
{
    /// <summary>The sidecar beside a dump that names its channel: "&lt;dumpfile&gt;.channel".</summary>
    public const string ChannelSidecarExtension = ".channel";

    /// <summary>The sidecar that names the channel of every dump in its folder.</summary>
    public const string FolderChannelFile = "channel.txt";

    /// <summary>
    /// Files under each path, each once, sorted by ordinal path inside a folder so two runs read in the same order.
    /// A path that does not exist is kept, so the ingest reports it as unreadable instead of silently dropping it; so is a
    /// folder that cannot be listed (the ingest rejects it by name, "permission denied", and reads the rest).
    /// A link to a folder is followed unless it leads to a folder the walk has already entered: a link loop costs one look.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) => Expand(paths, ListFolder, isDump: null, notDumps: null);

    /// <summary>
    /// As <see cref="Expand(IEnumerable{string})"/>, but a file found in a folder is read only when <paramref name="reader"/>
    /// says it looks like a dump (a README or a source file beside the dumps does not); a file named in
    /// <paramref name="paths"/> is always read.
    /// </summary>
    public static IngestFiles Find(IEnumerable<string> paths, DumpReader reader)
    {
        var notDumps = new List<string>();
        var files = Expand(paths, ListFolder, reader.LooksLikeDump, notDumps);
        return new IngestFiles(files, notDumps);
    }

    /// <summary>As <see cref="Expand(IEnumerable{string})"/>, listing each folder with <paramref name="list"/> (a test's seam: root reads every folder).</summary>
    internal static IReadOnlyList<string> Expand(IEnumerable<string> paths, Func<DirectoryInfo, IEnumerable<FileSystemInfo>> list) =>
        Expand(paths, list, isDump: null, notDumps: null);

    private static IReadOnlyList<string> Expand(
        IEnumerable<string> paths, Func<DirectoryInfo, IEnumerable<FileSystemInfo>> list, Func<string, bool>? isDump, List<string>? notDumps)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            if (Directory.Exists(full))
            {
                var inFolder = new List<string>();
                Walk(new DirectoryInfo(full), list, entered, inFolder);
                inFolder.Sort(StringComparer.Ordinal);
                foreach (var file in inFolder)
                {
                    if (!seen.Add(file))
                    {
                        continue;
                    }
                    if (isDump is null || isDump(file))
                    {
                        files.Add(file);
                    }
                    else
                    {
                        notDumps!.Add(file);
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

    private static IEnumerable<FileSystemInfo> ListFolder(DirectoryInfo folder) =>
        folder.EnumerateFileSystemInfos("*", new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        });

    /// <summary>Adds the files under <paramref name="folder"/> to <paramref name="files"/>, one folder at a time from a stack (a deep tree cannot overflow it).</summary>
    private static void Walk(DirectoryInfo folder, Func<DirectoryInfo, IEnumerable<FileSystemInfo>> list, HashSet<string> entered, List<string> files)
    {
        // Each folder is listed under the path it was reached by (so its files keep the names the user sees) and known by its
        // real path, links resolved: a folder reached again, by a link back up or a second link to it, is not entered again.
        var pending = new Stack<(DirectoryInfo Folder, string Real)>();
        pending.Push((folder, RealPath(folder.FullName)));
        while (pending.TryPop(out var current))
        {
            if (!entered.Add(current.Real))
            {
                continue;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = [.. list(current.Folder)];
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException or System.Security.SecurityException)
            {
                // Kept as a path, so the ingest rejects it by name (it cannot be opened either) and goes on with the rest.
                files.Add(current.Folder.FullName);
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                if (entry is DirectoryInfo sub)
                {
                    var real = sub.Attributes.HasFlag(FileAttributes.ReparsePoint)
                        ? RealPath(sub.FullName)
                        : Path.Combine(current.Real, sub.Name);
                    pending.Push((sub, real));
                }
                else if (!IsSidecar(entry.FullName))
                {
                    files.Add(entry.FullName);
                }
            }
        }
    }

    /// <summary>The path with every link in it resolved, step by step (a chain of links deeper than 40 is left as it is, as the system would refuse it).</summary>
    private static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var real = root;
        foreach (var step in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, step);
            string? target = null;
            try
            {
                target = new DirectoryInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not readable as a link: taken as the folder it names.
            }

            // A relative target is relative to the folder holding the link, which is real already.
            real = target is not null && depth < 40 ? RealPath(Path.Combine(real, target), depth + 1) : next;
        }

        return real;
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
