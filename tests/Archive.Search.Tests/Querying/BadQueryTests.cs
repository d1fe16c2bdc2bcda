using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;

namespace Archive.Search.Tests.Querying;

/// <summary>Malformed and pathological queries: a result (with a note) or <see cref="InvalidQueryException"/>, never anything else.</summary>
public class BadQueryTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    /// <summary>
    /// Each bad query with a plain query that must find the same posts (its reading once the parser has dropped,
    /// flattened or cut what it does not take), or null where there is nothing to search for and the parser must say so.
    /// </summary>
    public static TheoryData<string, string, string?> Pathological() => new()
    {
        { "unbalanced quote", "\"Brandenburg Gate", "Brandenburg Gate" },
        { "leading wildcard", "*arade", "arade" },
        { "leading question mark", "?arade", "arade" },
        // Past the 64-clause cap the rest is not searched: the first 64 are, and none of them is in a post.
        { "10,000 terms", string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"word{i}")), string.Join(' ', Enumerable.Range(0, 64).Select(i => $"word{i}")) },
        { "nesting 1,000 deep", new string('(', 1000) + "parade" + new string(')', 1000), "parade" },
        { "spaced nesting 1,000 deep", string.Join(' ', Enumerable.Repeat("(", 1000)) + " parade " + string.Join(' ', Enumerable.Repeat(")", 1000)), "parade" },
        { "alternating nesting", string.Concat(Enumerable.Repeat("(Berlin OR ", 1000)) + "parade" + new string(')', 1000), "Berlin OR parade" },
        { "unclosed nesting 1,000 deep", new string('(', 1000) + "parade", "parade" },
        { "stray closes between words", string.Concat(Enumerable.Repeat("Berlin ) ", 3000)) + "parade", "Berlin" },
        { "closing parens only", new string(')', 1000) + "parade", "parade" },
        { "100 KB string", string.Concat(Enumerable.Repeat("parade Berlin ", 100_000 / 14)), "parade Berlin" },
        { "100 KB single word", new string('a', 100_000), null },
        { "lone AND", "AND", null },
        { "lone OR", "OR", null },
        { "lone NOT", "NOT", null },
        { "lone minus", "-", null },
        { "lone quote", "\"", null },
        { "two quotes", "\"\"", null },
        { "unknown field", "author:Lavrov", "author Lavrov" },
        { "empty field", "title:", "title" },
        { "lucene syntax", "parade~2 Berlin^3", "parade 2 Berlin 3" },
        { "only stop words", "the of and", null },
        { "only exclusions", "-parade -Berlin", "-parade -Berlin" },
        { "one-letter prefix", "a*", null },
        { "star alone", "*", null },
        { "operators chain", "OR OR AND NOT -", null },
        { "control characters", "\0\u0001parade\u200b", "parade" },
        { "nested exclusion", "-(parade OR (Berlin -Zhukov))", "-parade -Berlin" },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Bad_query_gets_a_bounded_reading_that_finds_what_its_plain_reading_finds_or_a_clear_message(string why, string query, string? sameAs)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (sameAs is null)
        {
            var e = Assert.Throws<InvalidQueryException>(() => archive.Searcher.Search(new SearchRequest { Query = query }));
            Assert.False(string.IsNullOrWhiteSpace(e.Message), why);
            Assert.True(e.Message.Length < 300, $"{why}: message too long");
            return;
        }

        var parsed = UserQueryParser.Parse(query);
        Assert.True(Leaves(parsed.Query!) <= UserQueryParser.MaxClauses, $"{why}: {Leaves(parsed.Query!)} clauses");
        // One level for the top and one for an OR of a group's members, above the groups' own levels.
        Assert.True(Depth(parsed.Query!) <= UserQueryParser.MaxDepth + 2, $"{why}: nested {Depth(parsed.Query!)} deep");

        var result = archive.Searcher.Search(new SearchRequest { Query = query, PageSize = PostSearcher.MaxPageSize });
        var plain = archive.Searcher.Search(new SearchRequest { Query = sameAs, PageSize = PostSearcher.MaxPageSize });
        Assert.Equal(plain.Hits.Select(h => h.Id).Order(), result.Hits.Select(h => h.Id).Order());
        Assert.Equal(plain.Total, result.Total);
        // A bound on work, not a benchmark: the parser's caps keep every one of these to milliseconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{why}: took {clock.Elapsed}");
    }

    [Fact]
    public void Words_past_the_clause_cap_are_not_searched()
    {
        // 64 words Cheburashka's post has, then one no post has: all 65 would find nothing.
        var words = string.Join(' ', Enumerable.Repeat("Cheburashka", UserQueryParser.MaxClauses)) + " zzzznowhere";
        var result = archive.Searcher.Search(new SearchRequest { Query = words });

        Assert.Equal(["p31"], result.Hits.Select(h => h.Id));
        Assert.Contains(result.Notes, n => n.Contains($"first {UserQueryParser.MaxClauses}", StringComparison.Ordinal));
        Assert.Equal(UserQueryParser.MaxClauses, Leaves(UserQueryParser.Parse(words).Query!));
    }

    [Fact]
    public void Characters_past_the_length_cap_are_not_searched()
    {
        var query = "Cheburashka" + new string(' ', UserQueryParser.MaxQueryLength) + "zzzznowhere";
        var result = archive.Searcher.Search(new SearchRequest { Query = query });

        Assert.Equal(["p31"], result.Hits.Select(h => h.Id));
        Assert.Contains(result.Notes, n => n.Contains("characters long", StringComparison.Ordinal));
    }

    [Fact]
    public void Parentheses_deeper_than_the_cap_are_flattened_into_the_deepest_group()
    {
        var depth = 3 * UserQueryParser.MaxDepth;
        // A word at every level: each group is "word AND (the next group)".
        var query = string.Concat(Enumerable.Range(0, depth).Select(_ => "Cheburashka (")) + "Cheburashka" + new string(')', depth);
        var parsed = UserQueryParser.Parse(query);

        Assert.InRange(Depth(parsed.Query!), 2, UserQueryParser.MaxDepth + 2);
        Assert.Contains(parsed.Notes, n => n.Contains($"deeper than {UserQueryParser.MaxDepth}", StringComparison.Ordinal));
        Assert.Equal(["p31"], archive.Searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id));
    }

    // The term, phrase and prefix queries under a query: the clauses the cap counts.
    private static int Leaves(Lucene.Net.Search.Query query) =>
        query is Lucene.Net.Search.BooleanQuery boolean ? boolean.Clauses.Sum(c => Leaves(c.Query))
        : query is Lucene.Net.Search.MatchAllDocsQuery ? 0
        : 1;

    private static int Depth(Lucene.Net.Search.Query query) =>
        query is Lucene.Net.Search.BooleanQuery boolean ? 1 + boolean.Clauses.Max(c => Depth(c.Query)) : 0;

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
