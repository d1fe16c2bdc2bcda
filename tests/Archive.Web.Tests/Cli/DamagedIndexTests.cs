namespace Archive.Web.Tests.Cli;

/// <summary>"verify" on an index with a damaged segment reports the damage as a difference, exit 1, instead of crashing.</summary>
public sealed class DamagedIndexTests
{
    [Fact]
    public async Task Verify_reports_a_damaged_segment_with_exit_code_1_and_no_stack_trace()
    {
        var data = ArchiveProcess.TempFolder("archive-cli-");
        var (ingested, _, ingestErrors) = await ArchiveProcess.RunAsync("ingest", ArchiveProcess.Seeds, "--data", data);
        Assert.True(ingested == 0, ingestErrors);
        IndexDamage.FlipBytesWhereOpeningDoesNotLook(Path.Combine(data, "index"));

        var (code, stdout, stderr) = await ArchiveProcess.RunAsync("verify", "--data", data);

        Assert.True(code == 1, $"exit code {code}; stdout: {stdout}; stderr: {stderr}");
        Assert.Contains("The index is damaged", stdout);
        Assert.Contains("reindex", stdout);
        Assert.DoesNotContain("   at ", stderr);
    }
}
