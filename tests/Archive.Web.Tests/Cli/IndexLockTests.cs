using Archive.Search;

namespace Archive.Web.Tests.Cli;

/// <summary>A second process must not write an index that a running app holds: it would delete the app's files.</summary>
public sealed class IndexLockTests : IDisposable
{
    private readonly string _data = ArchiveProcess.TempFolder("archive-lock-");

    [Fact]
    public async Task Reindex_and_ingest_refuse_an_index_another_process_holds_and_work_once_it_is_released()
    {
        var held = new SearchIndex(Path.Combine(_data, "index"));
        Assert.True(held.IsWritable);

        var reindex = await ArchiveProcess.RunAsync("reindex", "--data", _data);
        var ingest = await ArchiveProcess.RunAsync("ingest", ArchiveProcess.Seeds, "--data", _data);

        Assert.Equal(1, reindex.ExitCode);
        Assert.Contains("in use by another process", reindex.Stderr);
        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("in use by another process", ingest.Stderr);
        Assert.True(held.IsWritable);

        held.Dispose();
        var export = await ArchiveProcess.RunAsync("export", "--format", "jsonl", "--data", _data);
        Assert.Equal("", export.Stdout.Trim());
        var retry = await ArchiveProcess.RunAsync("ingest", ArchiveProcess.Seeds, "--data", _data);
        Assert.Equal(0, retry.ExitCode);
        Assert.Equal(0, (await ArchiveProcess.RunAsync("reindex", "--data", _data)).ExitCode);
    }

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
