using System.Text.Encodings.Web;
using Archive.Search.Querying;
using Archive.Search.Snippets;
using Archive.Web.Pages.Shared;

namespace Archive.Web.Tests.Pages.Shared;

public sealed class SnippetHtmlTests
{
    private static string Html(string text, params (int Start, int Length)[] highlights) =>
        new SnippetHtml(new Snippet(text, highlights.Select(h => new TextRange(h.Start, h.Length)).ToArray())).ToHtmlString();

    [Fact]
    public void Text_is_escaped_and_only_the_marks_are_markup()
    {
        var text = "<script>alert('x')</script> & the parade <b>\"began\"</b>";
        var parade = text.IndexOf("parade", StringComparison.Ordinal);

        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the <mark>parade</mark> &lt;b&gt;&quot;began&quot;&lt;/b&gt;",
            Html(text, (parade, 6)));
    }

    [Fact]
    public void A_highlight_is_escaped_inside_its_mark()
    {
        Assert.Equal("a <mark>&lt;b&amp;c&gt;</mark> d", Html("a <b&c> d", (2, 5)));
    }

    [Fact]
    public void Highlights_at_the_start_and_at_the_end()
    {
        Assert.Equal("<mark>parade</mark> in <mark>Berlin</mark>", Html("parade in Berlin", (0, 6), (10, 6)));
    }

    [Fact]
    public void Adjacent_highlights_keep_their_own_marks()
    {
        Assert.Equal("<mark>東</mark><mark>京</mark>!", Html("東京!", (0, 1), (1, 1)));
    }

    [Fact]
    public void Emoji_and_surrogate_pairs_go_out_whole_around_and_inside_marks()
    {
        // "🎉" is two UTF-16 units: the highlight after it starts at 3, and one over a pair covers both units.
        Assert.Equal("🎉 <mark>парад</mark> <mark>🇷🇺</mark> …", Html("🎉 парад 🇷🇺 …", (3, 5), (9, 4)));
    }

    [Fact]
    public void No_highlights_is_the_escaped_text()
    {
        Assert.Equal("Tom &amp; Jerry", Html("Tom & Jerry"));
        Assert.Equal("", Html(""));
    }

    [Fact]
    public void Ranges_past_the_text_or_overlapping_are_clamped_not_thrown()
    {
        Assert.Equal("<mark>ab</mark><mark>c</mark>", Html("abc", (0, 2), (1, 5)));
    }

    [Fact]
    public void Written_to_a_writer_it_is_the_same_as_the_string()
    {
        var snippet = SnippetBuilder.Build("the <parade> & the parade", UserQueryParser.Parse("parade").Highlight);
        var writer = new StringWriter();

        new SnippetHtml(snippet).WriteTo(writer, HtmlEncoder.Default);

        Assert.Equal("the &lt;<mark>parade</mark>&gt; &amp; the <mark>parade</mark>", writer.ToString());
        Assert.Equal(writer.ToString(), new SnippetHtml(snippet).ToHtmlString());
    }
}
