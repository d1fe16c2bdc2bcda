using System.Text.RegularExpressions;

namespace Archive.Web.Tests.Repository;

/// <summary>
/// The folder tables a newcomer reads first (docs/architecture.md and the README's layout) name every feature folder of
/// every library, and only folders that exist.
/// </summary>
public sealed partial class FolderTablesTests
{
    // Build output and the site's static files are not features.
    private static readonly HashSet<string> NotFeatures = new(StringComparer.Ordinal) { "bin", "obj", "Properties", "wwwroot" };

    public static TheoryData<string> Documents => new() { "docs/architecture.md", "README.md" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_library_folder_is_listed_and_every_listed_folder_exists(string document)
    {
        var root = RepositoryRoot();
        var listed = ListedFolders(File.ReadAllLines(Path.Combine(root, document)));
        var libraries = Directory.GetDirectories(Path.Combine(root, "src")).Select(Path.GetFileName).OfType<string>().ToList();
        Assert.True(libraries.Count > 0, "no libraries under src/");

        var problems = new List<string>();
        foreach (var library in libraries)
        {
            if (!listed.TryGetValue(library, out var folders))
            {
                problems.Add($"{library} has no row");
                continue;
            }
            var actual = Directory.GetDirectories(Path.Combine(root, "src", library)).Select(Path.GetFileName).OfType<string>()
                .Where(name => !NotFeatures.Contains(name)).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(actual.Except(folders).Select(f => $"{library}/{f}/ exists but is not listed"));
            problems.AddRange(folders.Except(actual).Where(f => !NotFeatures.Contains(f)).Select(f => $"{library}/{f}/ is listed but does not exist"));
        }
        problems.AddRange(listed.Keys.Except(libraries).Select(l => $"{l} is listed but is not under src/"));

        Assert.True(problems.Count == 0, $"{document}: " + string.Join("; ", problems));
    }

    /// <summary>The folders each line naming `src/Archive.X` lists as `Name/`.</summary>
    private static Dictionary<string, HashSet<string>> ListedFolders(IEnumerable<string> lines)
    {
        var listed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var library = LibraryPattern().Match(line);
            if (!library.Success)
            {
                continue;
            }
            var rest = line[(library.Index + library.Length)..];
            listed[library.Groups[1].Value] = FolderPattern().Matches(rest).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        }
        return listed;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException($"no Archive.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"^\|?\s*`?src/(Archive\.[A-Za-z]+)`?")]
    private static partial Regex LibraryPattern();

    // A folder is a name followed by a slash, at a word start: "Ingest/", "`Pages/`"; not a path such as "Pages/Search".
    [GeneratedRegex(@"(?<![\w/])([A-Z][A-Za-z]+)/(?![\w])")]
    private static partial Regex FolderPattern();
}
