using System.Text.Json;
using Archive.Search;

namespace Archive.Web.Tests.Cli;

/// <summary>The channels verb as a user runs it, from another directory: list, rename, merge, link; and what it refuses.</summary>
public sealed class ChannelsCommandTests : IDisposable
{
    private const string Uk = "Russian Embassy in the UK", Singapore = "Russian Embassy in Singapore", History = "Russian diplomacy, history (English)";

    private readonly string _cwd = ArchiveProcess.TempFolder("archive-channels-");

    public void Dispose()
    {
        try { Directory.Delete(_cwd, recursive: true); } catch (IOException) { }
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        ArchiveProcess.RunInAsync(_cwd, null, [.. args, "--data", "data"]);

    private async Task<(int, string, string)> SucceedAsync(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: exit code {run.ExitCode}; stdout: {run.Stdout}; stderr: {run.Stderr}");
        return run;
    }

    private async Task<Dictionary<string, JsonElement>> ChannelsAsync()
    {
        var (_, stdout, _) = await SucceedAsync("channels", "--json");
        return JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone());
    }

    private async Task<int> SearchTotalAsync(string channel)
    {
        var (_, stdout, _) = await SucceedAsync("search", "--channel", channel, "--limit", "1");
        return JsonDocument.Parse(stdout).RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task The_verb_lists_counts_renames_merges_and_links_and_search_follows()
    {
        await SucceedAsync("ingest", ArchiveProcess.Seeds);
        // What the list must say, from the posts themselves.
        var (_, export, _) = await SucceedAsync("export");
        var posts = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var expected = posts.GroupBy(p => p.GetProperty("channel").GetString()!).ToDictionary(g => g.Key, g => (
            Posts: g.Count(),
            First: g.Select(p => p.GetProperty("published").GetString()).Where(d => !string.IsNullOrEmpty(d)).Min(StringComparer.Ordinal),
            Last: g.Select(p => p.GetProperty("published").GetString()).Where(d => !string.IsNullOrEmpty(d)).Max(StringComparer.Ordinal)));

        var listed = await ChannelsAsync();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, channel) in listed)
        {
            Assert.Equal(expected[name], (channel.GetProperty("posts").GetInt32(), channel.GetProperty("first").GetString(), channel.GetProperty("last").GetString()));
        }
        var table = await SucceedAsync("channels");
        Assert.Contains(Singapore, table.Item2);

        // A name that begins with @ is a name, not a response file to read.
        var renamed = await SucceedAsync("channels", "rename", Singapore, "@SingaporeEmbassy");
        Assert.Contains($"Renamed channel \"{Singapore}\" to \"@SingaporeEmbassy\" ({expected[Singapore].Posts} posts)", renamed.Item2);
        Assert.Equal(expected[Singapore].Posts, await SearchTotalAsync("@SingaporeEmbassy"));
        Assert.Equal(0, await SearchTotalAsync(Singapore));

        var merged = await SucceedAsync("channels", "rename", History, Uk);
        Assert.Contains($"Merged channel \"{History}\" into \"{Uk}\": {expected[History].Posts} posts moved.", merged.Item2);
        Assert.Equal(expected[History].Posts + expected[Uk].Posts, await SearchTotalAsync(Uk));

        await SucceedAsync("channels", "set-link", "@SingaporeEmbassy", "https://t.me/RusEmbSing");
        listed = await ChannelsAsync();
        Assert.Equal(expected.Count - 1, listed.Count);
        Assert.Equal("https://t.me/RusEmbSing", listed["@SingaporeEmbassy"].GetProperty("link").GetString());
        Assert.Equal(expected[History].Posts + expected[Uk].Posts, listed[Uk].GetProperty("posts").GetInt32());
        await SucceedAsync("channels", "set-link", "@SingaporeEmbassy", "--clear");
        Assert.Equal(JsonValueKind.Null, (await ChannelsAsync())["@SingaporeEmbassy"].GetProperty("link").ValueKind);

        Assert.Contains("The index matches the store.", (await SucceedAsync("verify")).Item2);
    }

    [Fact]
    public async Task Wrong_arguments_and_unknown_channels_exit_2_saying_what_was_wrong()
    {
        var uk = Path.Combine(_cwd, "uk.txt");
        File.Copy(Directory.GetFiles(ArchiveProcess.Seeds, "001_*.txt").Single(), uk);
        File.WriteAllText(uk + ".channel", Uk);
        await SucceedAsync("ingest", "uk.txt");

        async Task Refused(string[] args, string message)
        {
            var (code, stdout, stderr) = await RunAsync(args);
            Assert.True(code == 2, $"{string.Join(' ', args)}: exit code {code}; stdout: {stdout}; stderr: {stderr}");
            Assert.Contains(message, stderr);
        }

        await Refused(["channels", "rename", Uk], "Required argument missing");
        await Refused(["channels", "rename", Uk, " "], "the new name is empty");
        await Refused(["channels", "rename", "Russian Embassy in the Uk", "Other"],
            $"no channel is named \"Russian Embassy in the Uk\". Did you mean \"{Uk}\"?");
        await Refused(["channels", "set-link", Uk, "https://t.me/RusEmbUK/12"], "'https://t.me/RusEmbUK/12' is not a channel's public link: give https://t.me/USERNAME or @USERNAME");
        await Refused(["channels", "set-link", Uk], "give the link (https://t.me/USERNAME or @USERNAME) or --clear");
        await Refused(["channels", "set-link", "Nobody", "@RusEmbUK"], "no channel is named \"Nobody\".");
        await Refused(["channels", "--sorted"], "archive channels: unknown option or argument '--sorted'.");
        await Refused(["channels", "rename", Uk, "Other", "Third"], "archive channels rename: unknown option or argument 'Third'.");
        Assert.Equal([Uk], (await ChannelsAsync()).Keys);

        // Unchanged, under another name: nothing moves, and the summary says how to move it.
        var again = await SucceedAsync("ingest", "uk.txt", "--channel", "Embassy UK");
        Assert.Contains($"{uk} is stored under channel \"{Uk}\"; to rename: archive channels rename \"{Uk}\" \"Embassy UK\"", again.Item2);
        Assert.Contains("is unchanged and stored under channel", again.Item3);

        // Beside a running server (which holds the index) only the store changes; the server follows.
        using (new SearchIndex(Path.Combine(_cwd, "data", "index")))
        {
            var beside = await SucceedAsync("channels", "rename", Uk, "Embassy UK");
            Assert.Contains("is held by a running server; it re-indexes the posts within seconds", beside.Item2);
        }
        Assert.Equal(["Embassy UK"], (await ChannelsAsync()).Keys);
    }

    [Theory]
    [InlineData("channels")]
    [InlineData("channels rename Old New")]
    [InlineData("channels set-link Old @OldChannel")]
    public async Task Without_an_archive_the_verb_exits_2_naming_the_folder_and_creates_nothing(string command)
    {
        var data = Path.Combine(_cwd, "no-archive-here");

        var (code, stdout, stderr) = await ArchiveProcess.RunAsync([.. command.Split(' '), "--data", data]);

        Assert.True(code == 2, $"exit code {code}; stdout: {stdout}; stderr: {stderr}");
        Assert.Equal($"archive: no archive at {data}", stderr.Trim());
        Assert.False(Directory.Exists(data), $"{command} created {data}");
    }
}
