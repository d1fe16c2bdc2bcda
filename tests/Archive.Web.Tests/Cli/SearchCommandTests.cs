using System.Text.Json;
using Archive.Search.Querying;
using Archive.Web.Cli;
using Archive.Web.Searching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Archive.Web.Tests.Cli;

/// <summary>The search verb: its options read by the page's reader, and its JSON.</summary>
public sealed class SearchCommandTests
{
    private static SearchQuery QueryString(string queryString) => SearchQuery.Parse(new QueryCollection(QueryHelpers.ParseQuery(queryString)));

    private static (bool Read, SearchRequest Request, string Problem) Read(params string[] args)
    {
        var read = SearchCommand.TryReadRequest(SearchCommand.Create(_ => throw new InvalidOperationException("reading options starts no host")).Parse(args), out var request, out var problem);
        return (read, request, problem);
    }

    [Fact]
    public void The_options_make_the_request_the_same_query_string_makes()
    {
        var (read, request, problem) = Read("parade", "Berlin", "--from", "1945-01", "--to", "1945", "--tag", "#Allies", "--tag", "history",
            "--channel", "A", "--channel", "B", "--lang", "EN", "--lang", "ru", "--sort", "Oldest", "--limit", "7");

        Assert.True(read, problem);
        var expected = QueryString("?q=parade%20Berlin&from=1945-01&to=1945&tag=%23Allies&tag=history&channel=A&channel=B&lang=EN&lang=ru&sort=Oldest")
            .ToRequest(pageSize: 7);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(request));
        Assert.Equal(["A", "B"], request.Channels);
        Assert.Equal(["en", "ru"], request.Languages);
        Assert.Equal(new DateOnly(1945, 12, 31), request.To);
    }

    [Fact]
    public void Forwarded_from_is_the_page_s_forwarded()
    {
        var (read, request, problem) = Read("--forwarded-from", "Russia in OSCE/Россия в ОБСЕ");
        Assert.True(read, problem);
        Assert.Equal("Russia in OSCE/Россия в ОБСЕ", request.ForwardedFrom);
        Assert.Equal(JsonSerializer.Serialize(QueryString("?forwarded=Russia%20in%20OSCE%2F%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F%20%D0%B2%20%D0%9E%D0%91%D0%A1%D0%95").ToRequest(pageSize: 10)),
            JsonSerializer.Serialize(request));
        Assert.Null(Read().Request.ForwardedFrom);
    }

    [Fact]
    public void Dated_only_is_the_page_s_dated_yes()
    {
        var (read, request, problem) = Read("--dated-only");
        Assert.True(read, problem);
        Assert.True(request.DatedOnly);
        Assert.True(QueryString("?dated=yes").ToRequest().DatedOnly);
        Assert.False(Read().Request.DatedOnly);
    }

    [Fact]
    public void Copies_is_the_page_s_copies_parameter()
    {
        var (read, request, problem) = Read("--copies", "yes");
        Assert.True(read, problem);
        Assert.True(request.HasCopies);
        Assert.False(Read("--copies", "no").Request.HasCopies);
        Assert.Null(Read().Request.HasCopies);
        Assert.Equal("--copies must be yes or no, not 'maybe'.", Read("--copies", "maybe").Problem);
    }

    [Fact]
    public void No_query_browses_newest_first_as_the_page_does()
    {
        var (read, request, _) = Read();

        Assert.True(read);
        Assert.Null(request.Query);
        Assert.Equal(SearchSort.Newest, request.Sort);
        Assert.Equal(10, request.PageSize);
    }

    [Theory]
    [InlineData("--lang", "klingon", "--lang must be en, ru or mixed, not 'klingon'.")]
    [InlineData("--sort", "random", "--sort must be relevance, newest, oldest or reactions, not 'random'.")]
    [InlineData("--from", "yesterday", "--from must be a date like 2021-03-15 (or 2021-03, or 2021), not 'yesterday'.")]
    [InlineData("--limit", "101", "--limit must be a whole number from 1 to 100, not 101.")]
    public void An_unreadable_option_is_named_in_the_reader_s_words(string option, string value, string expected)
    {
        var (read, _, problem) = Read("parade", option, value);

        Assert.False(read);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void The_query_cap_is_the_page_s_and_refuses_rather_than_cuts()
    {
        var longest = Read(new string('a', SearchQuery.MaxQueryLength));
        var over = Read(new string('a', SearchQuery.MaxQueryLength - 4), "bcde");

        Assert.True(longest.Read, longest.Problem);
        Assert.Equal(SearchQuery.MaxQueryLength, longest.Request.Query!.Length);
        Assert.False(over.Read);
        Assert.Equal($"the query is 1,001 characters long; at most 1,000 are read.", over.Problem);
        Assert.Single(QueryString("?q=" + new string('a', 1001)).Problems);
    }

    [Fact]
    public void A_from_after_to_is_refused_by_the_reader_for_the_CLI_and_the_URL_alike()
    {
        var (read, _, problem) = Read("--from", "2021-05-01", "--to", "2021-04-30");

        Assert.False(read);
        Assert.Equal("--from 2021-05-01 is after --to 2021-04-30.", problem);
        Assert.Equal("from 2021-05-01 is after to 2021-04-30.", Assert.Single(QueryString("?from=2021-05-01&to=2021-04-30").Problems));
    }

    [Fact]
    public async Task The_JSON_hits_carry_a_plain_snippet_and_the_ranges_of_the_matched_words()
    {
        var data = ArchiveProcess.TempFolder("archive-cli-");
        var ingest = await ArchiveProcess.RunAsync("ingest", ArchiveProcess.Seeds, "--data", data);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);

        var (code, stdout, stderr) = await ArchiveProcess.RunAsync("search", "parade", "--limit", "5", "--data", data);

        Assert.True(code == 0, $"exit code {code}; stderr: {stderr}");
        using var json = JsonDocument.Parse(stdout);
        var hits = json.RootElement.GetProperty("hits");
        Assert.Equal(2, hits.GetArrayLength());
        foreach (var hit in hits.EnumerateArray())
        {
            var snippet = hit.GetProperty("snippet").GetString()!;
            Assert.DoesNotContain("<mark>", snippet);
            var words = hit.GetProperty("highlights").EnumerateArray().Select(pair => snippet.Substring(pair[0].GetInt32(), pair[1].GetInt32())).ToArray();
            Assert.NotEmpty(words);
            Assert.All(words, word => Assert.Equal("parade", word, ignoreCase: true));
        }
    }

    [Fact]
    public async Task Forwarded_from_finds_the_forwards_of_that_source_and_counts_the_sources()
    {
        var data = ArchiveProcess.TempFolder("archive-cli-");
        var ingest = await ArchiveProcess.RunAsync("ingest", ArchiveProcess.Seeds, "--data", data);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);

        var all = await ArchiveProcess.RunAsync("search", "--limit", "1", "--data", data);
        Assert.True(all.ExitCode == 0, all.Stderr);
        using var allJson = JsonDocument.Parse(all.Stdout);
        var sources = allJson.RootElement.GetProperty("facets").GetProperty("forwardedFrom").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.True(sources.Count >= 2, $"the seeds forward from {sources.Count} sources");

        foreach (var (source, count) in sources)
        {
            var (code, stdout, stderr) = await ArchiveProcess.RunAsync("search", "--forwarded-from", source, "--limit", "100", "--data", data);
            Assert.True(code == 0, $"exit code {code}; stderr: {stderr}");
            using var json = JsonDocument.Parse(stdout);
            Assert.Equal(count, json.RootElement.GetProperty("total").GetInt32());
            var facet = Assert.Single(json.RootElement.GetProperty("facets").GetProperty("forwardedFrom").EnumerateArray());
            Assert.Equal(source, facet.GetProperty("value").GetString());
        }

        var missing = await ArchiveProcess.RunAsync("search", "--forwarded-from", "--data", data);
        Assert.Equal(2, missing.ExitCode);
    }
}
