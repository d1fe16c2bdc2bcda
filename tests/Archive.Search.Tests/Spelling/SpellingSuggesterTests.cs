using Archive.Search.Spelling;
using Archive.Search.Tests.Fixtures;

namespace Archive.Search.Tests.Spelling;

/// <summary>"Did you mean" over the real sample posts' words.</summary>
public class SpellingSuggesterTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    private string? Suggest(string query) => archive.Index.WithSearcher(searcher => SpellingSuggester.Suggest(searcher.IndexReader, query));

    [Theory]
    [InlineData("negotiatoins", "negotiations")]
    [InlineData("Yalat conference", "yalta conference")]
    [InlineData("посольсва", "посольства")]
    public void A_misspelled_word_is_replaced_by_a_near_indexed_word(string query, string expected) =>
        Assert.Equal(expected, Suggest(query), ignoreCase: true);

    [Fact]
    public void Known_words_get_no_suggestion() => Assert.Null(Suggest("Yalta conference"));

    [Fact]
    public void A_word_far_from_every_indexed_word_gets_no_suggestion() => Assert.Null(Suggest("qqqqzzzz"));

    [Fact]
    public void Excluded_words_and_operators_are_left_alone() => Assert.Null(Suggest("Yalta OR -zzqqxx"));

    [Fact]
    public void A_search_that_finds_nothing_carries_the_suggestion()
    {
        var result = archive.Searcher.Search(new Archive.Search.Querying.SearchRequest { Query = "negotiatoins" });
        Assert.Equal(0, result.Total);
        Assert.Equal("negotiations", result.Suggestion);
    }

    [Fact]
    public void A_search_with_hits_carries_no_suggestion() =>
        Assert.Null(archive.Searcher.Search(new Archive.Search.Querying.SearchRequest { Query = "negotiations" }).Suggestion);
}
