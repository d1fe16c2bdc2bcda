using Archive.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Archive.Search.Tests.Analysis;

public class InvariantLowerCaseFilterTests
{
    private sealed class Chain(bool lucene) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(MorphologyAnalyzer.Version, reader);
            TokenStream stream = lucene ? new LowerCaseFilter(MorphologyAnalyzer.Version, source) : new InvariantLowerCaseFilter(source);
            return new TokenStreamComponents(source, stream);
        }
    }

    [Theory]
    [InlineData("The OSCE Mission in MINSK", "the osce mission in minsk")]
    [InlineData("ПОСОЛЬСТВО Посольстве ЁЛКА Ёлка", "посольство посольстве ёлка ёлка")]
    [InlineData("#ДеньКосмонавтики #WeWereAllies", "денькосмонавтики wewereallies")]
    [InlineData("ÀÉÎ Ωμέγα Ǆemal ЄЇІЎ", "àéî ωμέγα ǆemal єїіў")]
    [InlineData("2025 COVID-19 𐐀𐐁", "2025 covid 19 𐐨𐐩")]
    public void Lower_cases_words_of_every_script(string text, string expected) =>
        Assert.Equal(expected.Split(' '), MorphologyAnalyzerTests.Tokens(new Chain(lucene: false), text));

    [Fact]
    public void Gives_the_same_tokens_as_Lucenes_LowerCaseFilter_on_the_sample_posts()
    {
        var texts = Fixtures.SamplePosts.All.Select(p => p.Text).ToList();
        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            Assert.Equal(MorphologyAnalyzerTests.Tokens(new Chain(lucene: true), text), MorphologyAnalyzerTests.Tokens(new Chain(lucene: false), text));
        }
    }
}
