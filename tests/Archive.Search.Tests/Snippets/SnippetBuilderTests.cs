using Archive.Search.Querying;
using Archive.Search.Snippets;
using Archive.Search.Tests.Fixtures;

namespace Archive.Search.Tests.Snippets;

public class SnippetBuilderTests
{
    private static Snippet Build(string text, string query) => SnippetBuilder.Build(text, UserQueryParser.Parse(query).Highlight);

    private static string Text(string id) => SamplePosts.All.Single(p => p.Id == id).Text;

    /// <summary>The highlighted pieces of the snippet's text, in order.</summary>
    private static string[] Highlighted(Snippet snippet) =>
        snippet.Highlights.Select(r => snippet.Text.Substring(r.Start, r.Length)).ToArray();

    [Fact]
    public void Inflected_russian_word_is_marked_for_the_nominative_query()
    {
        var snippet = Build(Text("p31"), "посольство");
        Assert.Contains("Посольстве", Highlighted(snippet));
        Assert.All(Highlighted(snippet), word => Assert.StartsWith("посольств", word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Window_is_cut_around_the_match_deep_in_a_long_post()
    {
        // "earthquake" appears only in the middle of p30; the snippet starts after the post's first words.
        var text = Text("p30");
        var snippet = Build(text, "rescue earthquake");
        Assert.Contains("earthquake", Highlighted(snippet));
        var words = snippet.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.True(words <= SnippetBuilder.WindowWords + 12, $"snippet has {words} words: {snippet.Text}");
    }

    [Fact]
    public void Snippet_starts_with_an_ellipsis_when_the_window_is_not_at_the_start()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler words here", 40)) + " the Brandenburg Gate parade";
        var snippet = Build(text, "parade");
        Assert.StartsWith("… ", snippet.Text);
        Assert.EndsWith(" parade", snippet.Text);
        // The range is in the snippet's own text, after the ellipsis it starts with: the last word.
        Assert.Equal([new TextRange(snippet.Text.Length - "parade".Length, "parade".Length)], snippet.Highlights);
    }

    [Fact]
    public void Snippet_ends_with_an_ellipsis_when_the_post_goes_on()
    {
        var text = "the parade " + string.Join(' ', Enumerable.Repeat("filler words here", 40));
        var snippet = Build(text, "parade");
        Assert.StartsWith("the parade ", snippet.Text);
        Assert.EndsWith(" …", snippet.Text);
        Assert.Equal([new TextRange(4, 6)], snippet.Highlights);
    }

    [Fact]
    public void Markup_in_the_post_is_left_as_text_for_the_web_to_escape()
    {
        var text = "<script>alert('x')</script> & the parade <b>began</b>";
        var snippet = Build(text, "parade");
        Assert.Equal(text, snippet.Text);
        Assert.Equal(["parade"], Highlighted(snippet));
    }

    [Fact]
    public void Without_a_query_the_snippet_is_the_start_of_the_text()
    {
        var text = Text("p00");
        var snippet = SnippetBuilder.Build(text, MatchTerms.None);
        Assert.StartsWith("📆 On September 7, 1945, Allied troops", snippet.Text);
        Assert.Empty(snippet.Highlights);
    }

    [Fact]
    public void A_short_post_is_its_whole_text_without_a_copy()
    {
        var text = "the parade in Berlin";
        Assert.Same(text, Build(text, "parade").Text);
    }

    [Fact]
    public void Prefix_query_marks_every_word_starting_with_it()
    {
        var snippet = Build("They began negotiating; the negotiations went on. Negotiators left.", "negotiat*");
        Assert.Equal(["negotiating", "negotiations", "Negotiators"], Highlighted(snippet));
    }

    [Fact]
    public void Hashtag_is_marked_when_the_query_names_it()
    {
        var snippet = Build(Text("p00"), "WeWereAllies");
        var range = Assert.Single(snippet.Highlights, r => snippet.Text.Substring(r.Start, r.Length) == "WeWereAllies");
        Assert.Equal('#', snippet.Text[range.Start - 1]);
    }

    [Fact]
    public void Excluded_words_are_not_marked()
    {
        var snippet = Build("the parade in Berlin", "parade -Berlin");
        Assert.Equal([new TextRange(4, 6)], snippet.Highlights);
    }

    [Fact]
    public void Ranges_are_in_UTF16_units_after_emoji_and_ascending_apart()
    {
        // Each emoji is a surrogate pair: two units before the word it precedes.
        var snippet = Build("🇷🇺 парад 🎉 parade, парад!", "parade парад");
        Assert.Equal(["парад", "parade", "парад"], Highlighted(snippet));
        Assert.Equal(5, snippet.Highlights[0].Start);
        for (var i = 1; i < snippet.Highlights.Count; i++)
        {
            Assert.True(snippet.Highlights[i].Start >= snippet.Highlights[i - 1].End);
        }
    }
}
