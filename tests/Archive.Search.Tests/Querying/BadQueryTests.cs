using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;

namespace Archive.Search.Tests.Querying;

/// <summary>Malformed and pathological queries: a result (with a note) or <see cref="InvalidQueryException"/>, never anything else.</summary>
public class BadQueryTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    public static TheoryData<string, string> Pathological() => new()
    {
        { "unbalanced quote", "\"Brandenburg Gate" },
        { "leading wildcard", "*andenburg" },
        { "leading question mark", "?arade" },
        { "10,000 terms", string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"word{i}")) },
        { "nesting 1,000 deep", new string('(', 1000) + "parade" + new string(')', 1000) },
        { "spaced nesting 1,000 deep", string.Join(' ', Enumerable.Repeat("(", 1000)) + " parade " + string.Join(' ', Enumerable.Repeat(")", 1000)) },
        { "alternating nesting", string.Concat(Enumerable.Repeat("(a OR ", 1000)) + "parade" + new string(')', 1000) },
        { "unclosed nesting 1,000 deep", new string('(', 1000) + "parade" },
        { "stray closes between words", string.Concat(Enumerable.Repeat("a ) ", 3000)) + "parade" },
        { "closing parens only", new string(')', 1000) + "parade" },
        { "100 KB string", string.Concat(Enumerable.Repeat("parade Berlin ", 100_000 / 14)) },
        { "100 KB single word", new string('a', 100_000) },
        { "lone AND", "AND" },
        { "lone OR", "OR" },
        { "lone NOT", "NOT" },
        { "lone minus", "-" },
        { "lone quote", "\"" },
        { "two quotes", "\"\"" },
        { "unknown field", "author:Lavrov" },
        { "empty field", "title:" },
        { "lucene syntax", "parade~2 Berlin^3 [a TO z] {x TO y} /re.*gex/ \\" },
        { "only stop words", "the of and" },
        { "only exclusions", "-parade -Berlin" },
        { "one-letter prefix", "a*" },
        { "star alone", "*" },
        { "operators chain", "OR OR AND NOT -" },
        { "control characters", "\0\u0001parade\u200b" },
        { "nested exclusion", "-(parade OR (Berlin -Zhukov))" },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Bad_query_gets_a_result_or_a_clear_message(string why, string query)
    {
        try
        {
            var result = archive.Searcher.Search(new SearchRequest { Query = query });
            Assert.True(result.Total >= 0, why);
        }
        catch (InvalidQueryException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message), why);
            Assert.True(e.Message.Length < 300, $"{why}: message too long");
        }
    }

    [Fact]
    public void Unbalanced_quote_is_read_as_words_with_a_note()
    {
        var result = archive.Searcher.Search(new SearchRequest { Query = "\"Brandenburg Gate" });
        Assert.Contains(result.Hits, h => h.Id == "p00");
        Assert.Contains(result.Notes, n => n.Contains("quote", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Leading_wildcard_is_dropped_with_a_note()
    {
        var result = archive.Searcher.Search(new SearchRequest { Query = "*parade" });
        Assert.Contains(result.Hits, h => h.Id == "p03");
        Assert.Contains(result.Notes, n => n.Contains("Wildcard", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Unknown_field_is_searched_as_words_with_a_note()
    {
        var result = archive.Searcher.Search(new SearchRequest { Query = "author:Cheburashka" });
        Assert.Empty(result.Hits); // "author" is not in p31
        var both = archive.Searcher.Search(new SearchRequest { Query = "film:Cheburashka" });
        Assert.Equal(["p31"], both.Hits.Select(h => h.Id));
        Assert.Contains(both.Notes, n => n.Contains("Field", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Deep_nesting_is_flattened_and_still_finds_the_word()
    {
        var packed = archive.Searcher.Search(new SearchRequest { Query = new string('(', 1000) + "Cheburashka" + new string(')', 1000) });
        Assert.Equal(["p31"], packed.Hits.Select(h => h.Id));

        var spaced = string.Join(' ', Enumerable.Repeat("( Maslenitsa", 200)) + " Cheburashka " + string.Join(' ', Enumerable.Repeat(")", 200));
        var result = archive.Searcher.Search(new SearchRequest { Query = spaced });
        Assert.Equal(["p31"], result.Hits.Select(h => h.Id));
        Assert.Contains(result.Notes, n => n.Contains("nested", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Very_long_query_is_cut_with_a_note()
    {
        var result = archive.Searcher.Search(new SearchRequest { Query = "Cheburashka " + string.Concat(Enumerable.Repeat("Cheburashka ", 10_000)) });
        Assert.Equal(["p31"], result.Hits.Select(h => h.Id));
        Assert.NotEmpty(result.Notes);
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("-")]
    [InlineData("\"")]
    [InlineData("the of and")]
    public void Query_with_nothing_to_search_for_says_so(string query)
    {
        var e = Assert.Throws<InvalidQueryException>(() => archive.Searcher.Search(new SearchRequest { Query = query }));
        Assert.Contains("search", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Only_exclusions_means_everything_else()
    {
        var result = archive.Searcher.Search(new SearchRequest { Query = "-parade" });
        Assert.Equal(archive.Posts.Count(p => !p.Text.Contains("parade", StringComparison.OrdinalIgnoreCase)), result.Total);
    }
}
