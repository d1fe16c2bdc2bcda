using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using Archive.Search.Snippets;
using Microsoft.AspNetCore.Html;

namespace Archive.Web.Pages.Shared;

/// <summary>A hit's snippet as HTML: its text escaped, each highlighted range in &lt;mark&gt;.</summary>
/// <remarks>
/// Written straight to the response as the page is sent, piece by piece from the snippet's string: no HTML string is
/// built for a hit of the page (twenty on every search).
/// </remarks>
public sealed class SnippetHtml(Snippet snippet) : IHtmlContent
{
    private const string MarkStart = "<mark>";
    private const string MarkEnd = "</mark>";

    // The five characters that matter in text and attributes, escaped as the snippets always were; everything else
    // (Cyrillic, emoji) goes out as it is.
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"'");

    /// <summary>Writes the HTML; <paramref name="encoder"/> is not used (the five characters above are escaped here).</summary>
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var text = snippet.Text.AsSpan();
        var highlights = snippet.Highlights;
        var at = 0;
        for (var i = 0; i < highlights.Count; i++)
        {
            // Ranges come ascending and apart from the snippet builder; clamping keeps any other snippet from throwing.
            var start = Math.Clamp(highlights[i].Start, at, text.Length);
            var end = Math.Clamp(highlights[i].End, start, text.Length);
            WriteEscaped(writer, text[at..start]);
            writer.Write(MarkStart);
            WriteEscaped(writer, text[start..end]);
            writer.Write(MarkEnd);
            at = end;
        }
        WriteEscaped(writer, text[at..]);
    }

    /// <summary>The HTML as a string, for documents that carry it as text (the Atom feed's summary).</summary>
    public string ToHtmlString()
    {
        var html = new StringWriter(new StringBuilder(snippet.Text.Length + 16 + snippet.Highlights.Count * (MarkStart.Length + MarkEnd.Length)));
        WriteTo(html, HtmlEncoder.Default);
        return html.ToString();
    }

    // Runs of plain characters go out whole.
    private static void WriteEscaped(TextWriter writer, ReadOnlySpan<char> text)
    {
        int next;
        while ((next = text.IndexOfAny(Escaped)) >= 0)
        {
            writer.Write(text[..next]);
            writer.Write(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(next + 1)..];
        }
        writer.Write(text);
    }
}
