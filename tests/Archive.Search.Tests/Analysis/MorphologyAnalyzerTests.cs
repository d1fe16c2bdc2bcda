using Archive.Search.Analysis;
using Lucene.Net.Analysis;
using Archive.Search.Tests.Fixtures;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Tests.Analysis;

public class MorphologyAnalyzerTests
{
    private static readonly Analyzer Index = new MorphologyAnalyzer(splitCamelCase: true);
    private static readonly Analyzer Query = new MorphologyAnalyzer(splitCamelCase: false);

    internal static List<string> Tokens(Analyzer analyzer, string text) => TokenStreams.Terms(analyzer.GetTokenStream("text", text));

    [Theory]
    [InlineData("negotiations", "negotiation")]
    [InlineData("negotiated", "negotiate")]
    [InlineData("Recognition", "recognition")]
    [InlineData("allies", "ally")]
    public void English_inflections_share_one_stem(string inflected, string other) =>
        Assert.Equal(Tokens(Query, other), Tokens(Query, inflected));

    [Theory]
    [InlineData("выставка", "выставке")]
    [InlineData("выставка", "выставки")]
    [InlineData("посольство", "посольстве")]
    [InlineData("посольство", "Посольства")]
    [InlineData("партнёрство", "партнерство")]
    public void Russian_inflections_and_yo_share_one_stem(string nominative, string inflected) =>
        Assert.Equal(Tokens(Query, nominative), Tokens(Query, inflected));

    [Fact]
    public void English_sentence_loses_stop_words_and_possessives_and_is_stemmed()
    {
        Assert.Equal(["russia", "foreign", "minist", "sergey", "lavrov", "interview"],
            Tokens(Index, "Russia's Foreign Minister Sergey Lavrov's interview"));
    }

    [Fact]
    public void Russian_sentence_loses_stop_words_and_is_stemmed()
    {
        // "в" is a Russian stop word; the rest are stemmed by Snowball Russian.
        Assert.Equal(["28", "март", "посольств", "росс", "сингапур"],
            Tokens(Index, "28 марта в Посольстве России в Сингапуре"));
    }

    [Fact]
    public void Mixed_text_routes_each_word_to_its_language()
    {
        Assert.Equal(["репортаж", "выставк", "exquisit", "eleg"],
            Tokens(Index, "репортаж о выставке Exquisite Elegance"));
    }

    // Porter2 cuts "wewereallies" to "wewer" (ies→i, alli→al, then -al in R2 goes), the same for query and index.
    [Fact]
    public void Hashtag_is_one_word_with_its_camel_case_parts_stacked_at_the_index()
    {
        Assert.Equal(["wewer", "we", "were", "alli"], Tokens(Index, "#WeWereAllies"));
        Assert.Equal(["денькосмонавтик", "ден", "космонавтик"], Tokens(Index, "#ДеньКосмонавтики"));
    }

    [Fact]
    public void Query_side_keeps_a_hashtag_whole()
    {
        Assert.Equal(Tokens(Query, "wewereallies"), Tokens(Query, "#WeWereAllies"));
        Assert.Single(Tokens(Query, "#WeWereAllies"));
    }

    [Fact]
    public void Stacked_parts_do_not_move_following_words()
    {
        using var stream = Index.GetTokenStream("text", "#WeWereAllies parade");
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var positions = new List<(string, int)>();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            positions.Add((term.ToString(), position));
        }
        stream.End();
        Assert.Equal([("wewer", 0), ("we", 0), ("were", 0), ("alli", 0), ("parad", 1)], positions);
    }
}
