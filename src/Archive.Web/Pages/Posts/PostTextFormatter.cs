using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Archive.Parsing;
using Microsoft.AspNetCore.Html;

namespace Archive.Web.Pages.Posts;

/// <summary>
/// Turns a post's plain text into HTML: every character of the text is encoded, and only the markup built here
/// (links for URLs, filtered-search links for hashtags, line breaks) is added around it.
/// </summary>
public static partial class PostTextFormatter
{
    // A URL runs to the next space; trailing punctuation belongs to the sentence, not the link.
    [GeneratedRegex(@"(?<url>https?://[^\s<>""]+)|(?<tag>(?<![\p{L}\p{N}_&/])#[\p{L}\p{N}_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();

    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?', ')', ']', '}', '»', '"', '\''];

    /// <summary>HTML for the whole text; <paramref name="tagLink"/> makes the (unencoded) href for a hashtag.</summary>
    public static IHtmlContent ToHtml(string text, Func<string, string> tagLink)
    {
        var html = new HtmlContentBuilder();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                html.AppendHtml("<br>\n");
            }
            AppendLine(html, lines[i].TrimEnd('\r'), tagLink);
        }
        return html;
    }

    private static void AppendLine(HtmlContentBuilder html, string line, Func<string, string> tagLink)
    {
        var position = 0;
        foreach (Match match in Tokens().Matches(line))
        {
            html.Append(line[position..match.Index]);
            if (match.Groups["url"].Success)
            {
                var url = match.Value.TrimEnd(TrailingPunctuation);
                html.AppendHtml("<a href=\"").AppendHtml(HtmlEncoder.Default.Encode(url))
                    .AppendHtml("\" rel=\"nofollow noopener noreferrer ugc\">").Append(url).AppendHtml("</a>");
                position = match.Index + url.Length;
            }
            else
            {
                var tag = match.Value[1..];
                html.AppendHtml("<a class=\"tag\" href=\"").AppendHtml(HtmlEncoder.Default.Encode(tagLink(Hashtags.Normalize(tag))))
                    .AppendHtml("\">").Append(match.Value).AppendHtml("</a>");
                position = match.Index + match.Length;
            }
        }
        html.Append(line[position..]);
    }
}
