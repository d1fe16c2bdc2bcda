using Archive.Search.Querying;
using Archive.Search.Snippets;
using Archive.Search.Tests.Fixtures;

namespace Archive.Search.Tests.Snippets;

public class SnippetBuilderTests
{
    private static string Snippet(string text, string query) => SnippetBuilder.Build(text, UserQueryParser.Parse(query).Highlight);

    private static string Text(string id) => SamplePosts.All.Single(p => p.Id == id).Text;

    [Fact]
    public void Inflected_russian_word_is_marked_for_the_nominative_query()
    {
        var snippet = Snippet(Text("p31"), "посольство");
        Assert.Contains("<mark>Посольстве</mark>", snippet);
    }

    [Fact]
    public void Window_is_cut_around_the_match_deep_in_a_long_post()
    {
        // "earthquake" appears only in the middle of p30; the snippet starts after the post's first words.
        var text = Text("p30");
        var snippet = Snippet(text, "rescue earthquake");
        Assert.Contains("<mark>earthquake</mark>", snippet);
        var words = snippet.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.True(words <= SnippetBuilder.WindowWords + 12, $"snippet has {words} words: {snippet}");
    }

    [Fact]
    public void Snippet_starts_with_an_ellipsis_when_the_window_is_not_at_the_start()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler words here", 40)) + " the Brandenburg Gate parade";
        var snippet = Snippet(text, "parade");
        Assert.StartsWith("… ", snippet);
        Assert.EndsWith("<mark>parade</mark>", snippet);
    }

    [Fact]
    public void Markup_in_the_post_is_escaped_and_only_marks_are_html()
    {
        var snippet = Snippet("<script>alert('x')</script> & the parade <b>began</b>", "parade");
        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the <mark>parade</mark> &lt;b&gt;began&lt;/b&gt;", snippet);
    }

    [Fact]
    public void Without_a_query_the_snippet_is_the_start_of_the_text()
    {
        var text = Text("p00");
        var snippet = SnippetBuilder.Build(text, MatchTerms.None);
        Assert.StartsWith("📆 On September 7, 1945, Allied troops", snippet);
        Assert.DoesNotContain("<mark>", snippet);
    }

    [Fact]
    public void Prefix_query_marks_every_word_starting_with_it()
    {
        var snippet = Snippet("They began negotiating; the negotiations went on. Negotiators left.", "negotiat*");
        Assert.Contains("<mark>negotiating</mark>", snippet);
        Assert.Contains("<mark>negotiations</mark>", snippet);
        Assert.Contains("<mark>Negotiators</mark>", snippet);
    }

    [Fact]
    public void Hashtag_is_marked_when_the_query_names_it()
    {
        var snippet = Snippet(Text("p00"), "WeWereAllies");
        Assert.Contains("#<mark>WeWereAllies</mark>", snippet);
    }

    [Fact]
    public void Excluded_words_are_not_marked()
    {
        var snippet = Snippet("the parade in Berlin", "parade -Berlin");
        Assert.Equal("the <mark>parade</mark> in Berlin", snippet);
    }
}
