using System.Text;

namespace Archive.Parsing.TelegramExports;

/// <summary>Collects a message's plain text with its hashtags and links as the pieces of its markup come in.</summary>
internal sealed class ExportTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _hashtags = [];
    private readonly HashSet<string> _seenHashtags = [];
    private readonly List<string> _urls = [];
    private readonly HashSet<string> _seenUrls = new(StringComparer.Ordinal);

    public void Append(string text) => _text.Append(text);

    /// <summary>Adds a text line (a poll's question or answer) below what is there.</summary>
    public void AppendLine(string line)
    {
        EndLine();
        _text.Append(line);
    }

    /// <summary>Starts a new line unless the text is empty or already at one.</summary>
    public void EndLine()
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append('\n');
        }
    }

    /// <summary>Records a hashtag as written ("#ДеньПобеды" or "ДеньПобеды"), once per normalized form.</summary>
    public void AddHashtag(string tag)
    {
        var bare = tag.TrimStart('#');
        if (bare.Length > 0 && _seenHashtags.Add(Archive.Parsing.Hashtags.Normalize(bare)))
        {
            _hashtags.Add(bare);
        }
    }

    public void AddUrl(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.Length > 0 && _seenUrls.Add(trimmed))
        {
            _urls.Add(trimmed);
        }
    }

    /// <summary>The text with line ends made '\n' and blank edges trimmed.</summary>
    public string Text => _text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    public IReadOnlyList<string> Hashtags => _hashtags;

    public IReadOnlyList<string> Urls => _urls;
}

/// <summary>Reaction counts in the order the source lists them; keys repeated by the source are summed.</summary>
internal sealed class ReactionTally
{
    /// <summary>Key under which reactions with a custom (sticker-like) emoji are counted together.</summary>
    public const string CustomEmoji = "custom_emoji";

    /// <summary>Key under which paid (star) reactions are counted.</summary>
    public const string Paid = "paid";

    private readonly List<KeyValuePair<string, int>> _counts = [];

    public void Add(string key, int count)
    {
        var index = _counts.FindIndex(pair => pair.Key == key);
        if (index < 0)
        {
            _counts.Add(new(key, count));
        }
        else
        {
            _counts[index] = new(key, _counts[index].Value + count);
        }
    }

    public IReadOnlyList<KeyValuePair<string, int>> Counts => _counts;
}
