using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Parsing.TelegramExports;

/// <summary>
/// Telegram Desktop's HTML export (messages.html, messages2.html, ...). Each file is read on its own:
/// the exporter writes at most a thousand messages per file, and message ids, not files, make identity.
/// </summary>
public sealed class TelegramHtmlFormat : IDumpFormat
{
    public string Name => "telegram-html";

    public bool NamesItsChannels => true;

    /// <summary>The exporter's page skeleton: a "page_wrap" div or its message blocks.</summary>
    public bool Recognizes(string path, ReadOnlySpan<byte> head) =>
        head.IndexOf("class=\"page_wrap\""u8) >= 0
        || head.IndexOf("class=\"message default clearfix"u8) >= 0
        || head.IndexOf("class=\"message service\""u8) >= 0;

    public IEnumerable<ParsedPost> Read(string path, ParseOptions options)
    {
        IDocument document;
        using (var stream = ExportFiles.OpenRead(path))
        {
            document = new HtmlParser().ParseDocument(stream);
        }

        using (document)
        {
            var channel = new ParsedChannel(ChannelName(document, path));
            var index = 0;
            string? lastSender = null;
            foreach (var element in document.QuerySelectorAll("div.message"))
            {
                if (!element.ClassList.Contains("default"))
                {
                    // Service messages ("Channel created", date separators) are not posts.
                    continue;
                }

                var post = HtmlMessageConverter.ToPost(element, channel, index, lastSender);
                if (post is null)
                {
                    continue;
                }

                ExportLimits.CheckPostSize(path, post.Post, options);
                lastSender = post.Sender;
                index++;
                yield return post.Post;
            }
        }
    }

    private static string ChannelName(IDocument document, string path)
    {
        var header = document.QuerySelector("div.page_header div.text.bold")?.TextContent.Trim();
        return string.IsNullOrEmpty(header) ? Path.GetFileNameWithoutExtension(path) : header;
    }
}
