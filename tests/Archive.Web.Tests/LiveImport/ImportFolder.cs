using Archive.Web.LiveImport;

namespace Archive.Web.Tests.LiveImport;

/// <summary>A real temporary import folder and a fake ingester that records what it was given.</summary>
internal sealed class ImportFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("archive-import-").FullName;

    /// <summary>Every call of the fake ingester: the file, and its content at that moment.</summary>
    public List<(string File, string Content)> Calls { get; } = [];

    /// <summary>The content hash the scanner passed with each call.</summary>
    public List<string?> Hashes { get; } = [];

    /// <summary>What the fake ingester answers for a file (by name); accepted with one new post by default.</summary>
    public Func<string, ImportOutcome> Answer { get; set; } = _ => ImportOutcome.Ingested(1, 0, 0);

    public ImportFile Ingest => (path, contentHash, _) =>
    {
        lock (Calls)
        {
            Calls.Add((path, File.ReadAllText(path)));
            Hashes.Add(contentHash);
        }
        return Task.FromResult(Answer(System.IO.Path.GetFileName(path)));
    };

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
