using System.Globalization;
using System.Text;
using Archive.Parsing;
using Archive.Storage.Copies;
using Archive.Storage.Ingest;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Archive.Storage.Tests.Copies;

/// <summary>
/// How well copies are found, measured on a corpus made from the sample posts: every sample long enough to have a
/// signature, with copies made the ways channels copy, and posts that share only a channel's boilerplate lines. The
/// corpus goes through the real ingest; precision and recall are printed (docs/benchmarks.md keeps them).
/// </summary>
public sealed class CopyQualityTests(ITestOutputHelper output)
{
    // Floors under the figures measured when the threshold was chosen (docs/benchmarks.md, "Copy detection").
    private const double PrecisionFloor = 0.97;
    private const double RecallFloor = 0.95;

    private static readonly string[] AddedLines =
    [
        "Источник: МИД России",
        "Read more on the Ministry's website: https://mid.ru/en/press_service",
        "Подписывайтесь на наш канал!",
    ];

    private static readonly string[] Footer =
    [
        "Read in full",
        "Подписывайтесь на наш канал, чтобы не пропустить главное",
        "Watch the interview in full on our YouTube channel",
    ];

    /// <summary>The ways a channel copies a post: each makes the copy in a channel of its own.</summary>
    private static readonly (string Channel, Func<string, int, string> Copy)[] Ways =
    [
        ("line-added", (text, i) => text + "\n" + AddedLines[i % AddedLines.Length]),
        ("hashtag-changed", (text, _) => HashtagChanged(text)),
        ("emoji-cut", (text, _) => EmojiCut(text)),
        ("merged-differently", (text, _) => MergedDifferently(text)),
        ("forward-header", (text, _) => "Forwarded from Russian MFA 🇷🇺\n" + text),
    ];

    [Fact]
    public async Task Copies_made_the_ways_channels_copy_are_found_and_shared_boilerplate_is_not_a_copy()
    {
        var corpus = Corpus();
        await using var store = await TempStore.CreateAsync();
        var files = corpus.GroupBy(item => item.Channel).Select(channel =>
            store.WriteFixture(channel.Key + ".txt", [.. channel.Select(item => Escaped(item.Text))])).ToList();
        await foreach (var _ in store.Ingester().IngestFilesAsync(files))
        {
        }

        await using var db = store.NewContext();
        var byPost = (await db.Posts.Select(p => new { p.Key, Channel = p.Channel.Name, p.Text }).ToListAsync())
            .ToDictionary(p => p.Key, p => corpus.Single(item => item.Channel == p.Channel && Escaped(item.Text) == p.Text));
        var found = (await db.PostCopies.Where(c => c.PostKey < c.CopyKey).ToListAsync())
            .Select(c => (byPost[c.PostKey], byPost[c.CopyKey])).ToList();
        var truePairs = Pairs(corpus).Count(pair => pair.A.Cluster == pair.B.Cluster && pair.A.Cluster >= 0);
        var truePositives = found.Count(pair => pair.Item1.Cluster == pair.Item2.Cluster && pair.Item1.Cluster >= 0);
        var precision = found.Count == 0 ? 0 : (double)truePositives / found.Count;
        var recall = (double)truePositives / truePairs;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"copies: {corpus.Count(i => i.Cluster >= 0)} posts in {corpus.Where(i => i.Cluster >= 0).Select(i => i.Cluster).Distinct().Count()} groups, {corpus.Count(i => i.Cluster < 0)} boilerplate-only posts; {truePairs} true pairs, {found.Count} found, {truePositives} right"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {precision:F3}, recall {recall:F3} (threshold {CopySignature.CopyThreshold})"));
        foreach (var (channel, _) in Ways)
        {
            var expected = corpus.Count(i => i.Way == channel);
            var withOriginal = found.Count(p => (p.Item1.Channel == channel && p.Item2.Way == "original" || p.Item2.Channel == channel && p.Item1.Way == "original")
                && p.Item1.Cluster == p.Item2.Cluster);
            output.WriteLine($"  {channel}: {withOriginal} of {expected} copies found next to their original");
        }
        var missed = found.Where(p => p.Item1.Cluster != p.Item2.Cluster || p.Item1.Cluster < 0).Take(3);
        Assert.True(precision >= PrecisionFloor, $"precision {precision:F3} under {PrecisionFloor}; wrong pairs such as {string.Join(" | ", missed.Select(p => $"{p.Item1.Channel}: {Start(p.Item1.Text)} ~ {p.Item2.Channel}: {Start(p.Item2.Text)}"))}");
        Assert.True(recall >= RecallFloor, $"recall {recall:F3} under {RecallFloor}");
    }

    [Fact]
    public void The_threshold_is_where_precision_and_recall_of_the_signatures_both_hold()
    {
        // Every pair of the corpus compared by signature alone (no LSH), at thresholds around the one chosen.
        var corpus = Corpus();
        var signatures = corpus.ToDictionary(item => item, item => CopySignature.Of(item.Text));
        var pairs = Pairs(corpus).Where(p => signatures[p.A] is not null && signatures[p.B] is not null)
            .Select(p => (Same: p.A.Cluster == p.B.Cluster && p.A.Cluster >= 0, Similarity: CopySignature.Similarity(signatures[p.A], signatures[p.B])))
            .ToList();
        var positives = pairs.Count(p => p.Same);
        foreach (var threshold in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 })
        {
            var found = pairs.Where(p => p.Similarity >= threshold).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"threshold {threshold:F1}: precision {(double)found.Count(p => p.Same) / Math.Max(1, found.Count):F3}, recall {(double)found.Count(p => p.Same) / positives:F3}"));
        }
        var chosen = pairs.Where(p => p.Similarity >= CopySignature.CopyThreshold).ToList();
        Assert.True((double)chosen.Count(p => p.Same) / positives >= RecallFloor, "the chosen threshold loses copies");
        Assert.True((double)chosen.Count(p => p.Same) / chosen.Count >= PrecisionFloor, "the chosen threshold takes posts that are not copies");
    }

    private sealed record Item(string Channel, string Way, int Cluster, string Text);

    /// <summary>
    /// Each sample long enough for a signature: every other one with its five copies (a group), the rest cut to their
    /// first 25 words under a shared footer (no group), spread over the copying channels so each file has several, and
    /// their next 40 words as a short post with its five copies (a group).
    /// Samples that are already alike (word Jaccard ≥ 0.8: one post in two dumps) share a group.
    /// </summary>
    private static List<Item> Corpus()
    {
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(path => DumpReader.Default.Open(path, new ParseOptions()).Posts.Select(p => p.Text).ToList())
            .Distinct(StringComparer.Ordinal)
            .Where(text => CopySignature.Of(text) is not null)
            .ToList();
        var originals = samples.Where((_, i) => i % 2 == 0).ToList();
        var cluster = Enumerable.Range(0, originals.Count).ToArray();
        for (var i = 0; i < originals.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (TextSimilarity.Words(originals[i], originals[j]) >= 0.8)
                {
                    cluster[i] = cluster[j];
                    break;
                }
            }
        }

        var items = new List<Item>();
        for (var i = 0; i < originals.Count; i++)
        {
            items.Add(new Item($"origin{i % 3}", "original", cluster[i], originals[i]));
            foreach (var (channel, copy) in Ways)
            {
                items.Add(new Item(channel, channel, cluster[i], copy(originals[i], i)));
            }
        }
        var boilerplate = samples.Where((_, i) => i % 2 == 1).ToList();
        // Short posts (40 words in three lines, from the other samples past the words the boilerplate posts take), where
        // a copy's change is a larger share of the text.
        for (var i = 0; i < boilerplate.Count; i++)
        {
            var words = boilerplate[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Skip(25).Take(40).ToArray();
            if (words.Length < 40)
            {
                continue;
            }
            var shortPost = string.Join('\n', words.Chunk(14).Select(line => string.Join(' ', line)));
            var group = originals.Count + i;
            items.Add(new Item($"origin{i % 3}", "original", group, shortPost));
            foreach (var (channel, copy) in Ways)
            {
                items.Add(new Item(channel, channel, group, copy(shortPost, i)));
            }
        }
        for (var i = 0; i < boilerplate.Count; i++)
        {
            var words = string.Join(' ', boilerplate[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(25));
            items.Add(new Item(Ways[i % Ways.Length].Channel, "boilerplate", -1 - i, words + "\n" + string.Join('\n', Footer)));
        }
        // Boilerplate posts in among the copies, as a channel's footer runs through its posts.
        return [.. items.OrderBy(item => item.Way == "boilerplate" ? 0 : 1)];
    }

    private static IEnumerable<(Item A, Item B)> Pairs(List<Item> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                yield return (items[i], items[j]);
            }
        }
    }

    private static string HashtagChanged(string text)
    {
        var at = text.IndexOf('#', StringComparison.Ordinal);
        if (at < 0)
        {
            return "#Новости " + text;
        }
        var end = at + 1;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }
        return text[..at] + "#Дипломатия" + text[end..];
    }

    private static string EmojiCut(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is not (UnicodeCategory.OtherSymbol or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
                && rune.Value is not (0xFE0F or 0x200D) && !(rune.Value is >= 0x1F1E6 and <= 0x1F1FF))
            {
                kept.Append(rune.ToString());
            }
        }
        return kept.ToString();
    }

    /// <summary>The two renderings merged another way: the first line shown again at the end, the last line lost.</summary>
    private static string MergedDifferently(string text)
    {
        var lines = text.Split('\n');
        return lines.Length < 3 ? text + "\n" + lines[0] : string.Join('\n', [.. lines[..^1], lines[0]]);
    }

    // The fixture format reads a line starting with '@' as a key and "===" as a post's end.
    private static string Escaped(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.StartsWith('@') || line == "===" ? "\u200B" + line : line));

    private static string Start(string text) => text.Length <= 60 ? text : text[..60];
}
