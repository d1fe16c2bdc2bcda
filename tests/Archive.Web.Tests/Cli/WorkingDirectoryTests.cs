using Archive.Search;

namespace Archive.Web.Tests.Cli;

/// <summary>
/// The paths on the command line and the default data folder are the user's: they resolve against the directory the
/// command is run in, as in every command-line tool, and the messages name them in full.
/// </summary>
public sealed class WorkingDirectoryTests : IDisposable
{
    private readonly string _cwd = ArchiveProcess.TempFolder("archive-cwd-");

    public void Dispose()
    {
        try { Directory.Delete(_cwd, recursive: true); } catch (IOException) { }
    }

    private static void CopySeeds(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(ArchiveProcess.Seeds, "*.txt"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    [Fact]
    public async Task A_relative_path_and_the_default_data_folder_resolve_in_the_directory_the_command_is_run_in()
    {
        CopySeeds(Path.Combine(_cwd, "dumps"));

        var ingest = await ArchiveProcess.RunInAsync(_cwd, null, "ingest", "dumps");

        Assert.True(ingest.ExitCode == 0, $"exit code {ingest.ExitCode}; stderr: {ingest.Stderr}");
        Assert.True(File.Exists(Path.Combine(_cwd, ".data", "archive.db")), "no store in .data of the directory the command was run in");
        Assert.Contains(Path.Combine(_cwd, "dumps", "000_abad6c2d1bf5c3df.txt"), ingest.Stderr);
        var export = await ArchiveProcess.RunInAsync(_cwd, null, "export");
        Assert.Contains("\"source_file\"", export.Stdout);
    }

    [Fact]
    public async Task With_a_server_running_and_no_import_folder_ingest_says_to_stop_it_or_configure_one_naming_the_index_in_full()
    {
        using var held = new SearchIndex(Path.Combine(_cwd, ".data", "index"));
        Assert.True(held.IsWritable);

        var ingest = await ArchiveProcess.RunInAsync(_cwd, null, "ingest", ArchiveProcess.Seeds);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains($"the index at {Path.Combine(_cwd, ".data", "index")} is in use", ingest.Stderr);
        Assert.Contains("stop it first", ingest.Stderr);
        Assert.Contains("Archive__ImportDirectory", ingest.Stderr);
        Assert.DoesNotContain("drop the files into its import folder", ingest.Stderr);
    }

    [Fact]
    public async Task With_a_server_running_and_an_import_folder_ingest_says_to_drop_the_files_there()
    {
        using var held = new SearchIndex(Path.Combine(_cwd, ".data", "index"));

        var ingest = await ArchiveProcess.RunInAsync(_cwd, new Dictionary<string, string> { ["Archive__ImportDirectory"] = "import" },
            "ingest", ArchiveProcess.Seeds);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains($"drop the files into its import folder ({Path.Combine(_cwd, "import")})", ingest.Stderr);
    }
}
