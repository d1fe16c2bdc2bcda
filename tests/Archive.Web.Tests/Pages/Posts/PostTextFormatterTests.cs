using System.Text.Encodings.Web;
using System.Text.Unicode;
using Archive.Web.Pages.Posts;

namespace Archive.Web.Tests.Pages.Posts;

public sealed class PostTextFormatterTests
{
    private static string Render(string text)
    {
        using var writer = new StringWriter();
        // The app's encoder: every script as characters, markup characters encoded.
        PostTextFormatter.ToHtml(text, tag => "/?tag=" + Uri.EscapeDataString(tag)).WriteTo(writer, HtmlEncoder.Create(UnicodeRanges.All));
        return writer.ToString();
    }

    [Fact]
    public void Markup_in_a_post_shows_as_text()
    {
        var html = Render("<script>alert(1)</script> <img src=x onerror=alert(2)>");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void A_URL_becomes_a_link_without_the_sentence_s_full_stop()
    {
        var html = Render("More at https://mid.ru/en/news/1.");

        Assert.Contains("<a href=\"https://mid.ru/en/news/1\" rel=\"nofollow noopener noreferrer ugc\">https://mid.ru/en/news/1</a>.", html);
    }

    [Fact]
    public void A_URL_cannot_break_out_of_its_attribute()
    {
        var html = Render("https://example.com/\"onmouseover=alert(1)");

        Assert.DoesNotContain("\"onmouseover", html);
    }

    [Fact]
    public void A_hashtag_links_to_the_search_filtered_by_its_normalized_form()
    {
        var html = Render("День #ДеньКосмонавтики!");

        Assert.Contains($"href=\"/?tag={Uri.EscapeDataString("денькосмонавтики")}\"", html);
        Assert.Contains(">#ДеньКосмонавтики</a>!", html);
    }

    [Fact]
    public void A_fragment_inside_a_URL_is_not_taken_for_a_hashtag()
    {
        var html = Render("https://example.com/page#section");

        Assert.DoesNotContain("tag=section", html);
    }

    [Fact]
    public void Lines_are_kept_as_line_breaks()
    {
        Assert.Equal("one<br>\ntwo", Render("one\ntwo"));
    }
}
