using System.Globalization;
using Archive.Parsing;

namespace Archive.Storage.Tests;

/// <summary>
/// A test-only dump format, so the store is tested without the real parsers: a file starting "#fixture",
/// posts separated by "===" lines, each with "@key value" lines then its text.
/// Keys: @lang, @fwd, @media, @tags a,b, @react 👍=3,❤=1, @published 2025-02-04 explicit (or inferred 2025-02-04..2025-02-10, a side may be empty), @mentions d1,d2, @msg 42, @channel name, @fail reason.
/// </summary>
public sealed class FixtureFormat : IDumpFormat
{
    public const string Magic = "#fixture";

    public string Name => "fixture";

    public static DumpReader Reader { get; } = new([new FixtureFormat()]);

    public bool Recognizes(string path, ReadOnlySpan<byte> head) => head.StartsWith(Magic.Select(c => (byte)c).ToArray());

    public IEnumerable<ParsedPost> Read(string path, ParseOptions options)
    {
        var lines = File.ReadLines(path).Skip(1);
        var block = new List<string>();
        var index = 0;
        foreach (var line in lines.Append("==="))
        {
            if (line != "===")
            {
                block.Add(line);
                continue;
            }
            if (block.Count > 0)
            {
                yield return Parse(block, index++);
            }
            block.Clear();
        }
        if (index == 0)
        {
            throw new InvalidDumpException($"{Path.GetFileName(path)}: no posts found");
        }
    }

    private static ParsedPost Parse(List<string> block, int index)
    {
        var post = new ParsedPost { SourceIndex = index, Text = "", Language = Languages.English };
        var text = new List<string>();
        foreach (var line in block)
        {
            if (!line.StartsWith('@'))
            {
                text.Add(line);
                continue;
            }
            var space = line.IndexOf(' ');
            var key = space < 0 ? line[1..] : line[1..space];
            var value = space < 0 ? "" : line[(space + 1)..];
            post = key switch
            {
                "lang" => post with { Language = value },
                "fwd" => post with { ForwardedFrom = value },
                "media" => post with { HasMedia = true, MediaNote = value.Length > 0 ? value : null },
                "tags" => post with { Hashtags = List(value) },
                "react" => post with { Reactions = List(value).Select(r => KeyValuePair.Create(r.Split('=')[0], int.Parse(r.Split('=')[1], CultureInfo.InvariantCulture))).ToList() },
                "published" => post with { Published = Published(value.Split(' ')) },
                "mentions" => post with { MentionedDates = List(value).Select(d => DateOnly.Parse(d, CultureInfo.InvariantCulture)).ToList() },
                "msg" => post with { MessageId = long.Parse(value, CultureInfo.InvariantCulture) },
                "channel" => post with { Channel = new ParsedChannel(value, ExternalId: 1000 + value.Length) },
                "author" => post with { Author = value },
                "at" => post with { PublishedAt = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture) },
                "fail" => throw new InvalidDumpException(value),
                _ => throw new InvalidOperationException($"fixture key @{key}"),
            };
        }
        return post with { Text = string.Join('\n', text) };
    }

    private static List<string> List(string value) => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static PublishedDate Published(string[] words)
    {
        var date = DateOnly.Parse(words[0], CultureInfo.InvariantCulture);
        var confidence = Enum.Parse<DateConfidence>(words[1], ignoreCase: true);
        if (words.Length < 3)
        {
            return new PublishedDate(date, confidence);
        }

        var bounds = words[2].Split("..");
        DateOnly? Bound(string text) => text.Length == 0 ? null : DateOnly.Parse(text, CultureInfo.InvariantCulture);
        return new PublishedDate(date, confidence, Bound(bounds[0]), Bound(bounds[1]));
    }
}
