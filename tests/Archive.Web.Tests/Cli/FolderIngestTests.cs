namespace Archive.Web.Tests.Cli;

/// <summary>"ingest FOLDER" takes the dumps in it, not every file: the others are listed as skipped, and do not fail the run.</summary>
public sealed class FolderIngestTests : IDisposable
{
    private readonly string _root = ArchiveProcess.TempFolder("archive-folder-");
    private string Data => Path.Combine(_root, "data");
    private string Dumps => Path.Combine(_root, "dumps");

    public FolderIngestTests()
    {
        Directory.CreateDirectory(Dumps);
        foreach (var file in Directory.GetFiles(ArchiveProcess.Seeds, "*.txt"))
        {
            File.Copy(file, Path.Combine(Dumps, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(Dumps, "notes.md"), "# Notes\n\nIngest the zanzibarword dumps next week.\n");
        File.WriteAllText(Path.Combine(Dumps, "README"), "These are the dumps of the channel, one file a month.\n");
        File.WriteAllText(Path.Combine(Dumps, "Tool.cs"), "public static class Tool\n{\n    public static int Main() => 0;\n}\n");
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_folder_gives_its_dumps_and_lists_the_other_files_as_skipped_with_exit_code_0()
    {
        var (code, stdout, stderr) = await ArchiveProcess.RunAsync("ingest", Dumps, "--data", Data);

        Assert.True(code == 0, $"exit code {code}; stderr: {stderr}");
        Assert.Matches(@"files read\s*│\s*5\s", stdout);
        Assert.Matches(@"files skipped \(not dumps\)\s*│\s*3\s", stdout);
        Assert.Matches(@"files rejected\s*│\s*0\s", stdout);
        foreach (var name in new[] { "notes.md", "README", "Tool.cs" })
        {
            Assert.Contains(name, stdout);
        }
        var export = await ArchiveProcess.RunAsync("export", "--data", Data);
        Assert.DoesNotContain("zanzibarword", export.Stdout);
        Assert.DoesNotContain("notes.md", export.Stdout);
    }

    [Fact]
    public async Task A_file_named_on_the_command_line_is_always_tried()
    {
        var (code, _, stderr) = await ArchiveProcess.RunAsync("ingest", Path.Combine(Dumps, "notes.md"), "--data", Data);

        Assert.True(code == 0, $"exit code {code}; stderr: {stderr}");
        var export = await ArchiveProcess.RunAsync("export", "--data", Data);
        Assert.Contains("zanzibarword", export.Stdout);
    }
}
