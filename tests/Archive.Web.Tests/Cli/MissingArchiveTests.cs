namespace Archive.Web.Tests.Cli;

/// <summary>A verb that only reads, pointed at a data folder without an archive, says so and creates nothing there.</summary>
public sealed class MissingArchiveTests
{
    public static TheoryData<string, bool> ReadVerbs()
    {
        var data = new TheoryData<string, bool>();
        foreach (var verb in new[] { "search", "export", "verify" })
        {
            data.Add(verb, false);
            data.Add(verb, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ReadVerbs))]
    public async Task A_read_verb_without_an_archive_exits_2_naming_the_folder_and_creates_nothing(string verb, bool folderExists)
    {
        var data = Path.Combine(ArchiveProcess.TempFolder("archive-cli-"), "no-archive-here");
        if (folderExists)
        {
            Directory.CreateDirectory(data);
        }
        string[] args = verb == "search" ? ["search", "parade", "--data", data] : [verb, "--data", data];

        var (code, stdout, stderr) = await ArchiveProcess.RunAsync(args);

        Assert.True(code == 2, $"exit code {code}; stdout: {stdout}; stderr: {stderr}");
        Assert.Equal($"archive: no archive at {data}", stderr.Trim());
        Assert.Equal("", stdout);
        if (folderExists)
        {
            Assert.Empty(Directory.EnumerateFileSystemEntries(data));
        }
        else
        {
            Assert.False(Directory.Exists(data), $"{verb} created {data}");
        }
    }
}
