namespace Archive.Web.Tests.Cli;

/// <summary>"--help" of the executable and of each verb: a usage line, what it does, its options, an example.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("serve", "--urls")]
    [InlineData("ingest", "--channel NAME")]
    [InlineData("export", "--format jsonl|csv")]
    [InlineData("healthcheck", "--url URL")]
    [InlineData("search", "--from YYYY-MM-DD")]
    [InlineData("reindex", "--data DIR")]
    [InlineData("verify", "--data DIR")]
    [InlineData("channels", "--json")]
    [InlineData("channels rename", "<NEW>")]
    [InlineData("channels set-link", "--clear")]
    public async Task Each_verb_has_a_usage_line_a_description_its_options_and_an_example(string verb, string option)
    {
        var (code, stdout, stderr) = await ArchiveProcess.RunAsync([.. verb.Split(' '), "--help"]);

        Assert.True(code == 0, $"exit code {code}; stderr: {stderr}");
        var lines = stdout.Split('\n');
        Assert.StartsWith($"Usage: archive {verb} ", lines[0]);
        Assert.DoesNotContain("[[", lines[0]);
        Assert.Contains(option, stdout);
        Assert.Contains("-h, --help", stdout);
        Assert.Contains("\nExample", stdout);
        Assert.Contains($"  archive {verb}", stdout[stdout.IndexOf("\nExample", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("additional arguments", stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_executable_lists_its_verbs_without_a_malformed_usage_line_or_an_empty_section()
    {
        var (code, stdout, stderr) = await ArchiveProcess.RunAsync("--help");

        Assert.True(code == 0, $"exit code {code}; stderr: {stderr}");
        Assert.StartsWith("Usage: archive [command] [options]", stdout);
        Assert.DoesNotContain("[[", stdout);
        Assert.DoesNotContain("additional arguments", stdout, StringComparison.OrdinalIgnoreCase);
        foreach (var verb in new[] { "serve", "ingest", "export", "healthcheck", "search", "channels", "reindex", "verify" })
        {
            Assert.Contains($"\n  {verb} ", stdout);
        }
        Assert.Contains("--data DIR", stdout);
        Assert.Contains("\nExamples:", stdout);
    }
}
