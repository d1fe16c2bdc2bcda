using System.Text;

namespace Archive.Benchmarks.Corpus;

/// <summary>What a generation run wrote.</summary>
public sealed record CorpusSummary(int Posts, int ChannelFiles, int Articles, long Bytes);

/// <summary>
/// One generated channel post as it was meant: its body (lines joined by '\n'), whether a forward header or media
/// placeholder opened it, a notice or reactions line closed it, and how its two renderings differ.
/// </summary>
public sealed record GeneratedPost(string Text, bool Opened, bool Notice, bool Reactions, string Renderings);

/// <summary>Writes a deterministic corpus of dumps in the sample format: channel files of about 1,000 posts (oldest first) plus dated articles.</summary>
public static class CorpusGenerator
{
    public const int PostsPerFile = 1000;

    /// <summary>Every generated post is published in this span, whatever the size, so date filters mean the same at 100k and 1M.</summary>
    public static readonly DateOnly First = new(2015, 1, 1), Last = new(2025, 12, 31);

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    static CorpusGenerator() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>One article per 2,000 posts; the rest are channel posts.</summary>
    public static int ArticleCount(int posts) => posts >= 2 ? Math.Max(1, posts / 2000) : 0;

    public static CorpusSummary Generate(int posts, string outDir, ulong seed)
    {
        Directory.CreateDirectory(outDir);
        var articles = ArticleCount(posts);
        var channelPosts = posts - articles;
        var files = (channelPosts + PostsPerFile - 1) / PostsPerFile;
        var bytes = new long[files + articles];

        // Files are independent (each has its own random source), so they can be written in parallel and stay byte-identical.
        Parallel.For(0, files + articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            bytes[i] = i < files
                ? WriteChannelFile(outDir, i, files, Math.Min(PostsPerFile, channelPosts - i * PostsPerFile), seed)
                : WriteArticle(outDir, i - files, seed);
        });
        return new CorpusSummary(posts, files, articles, bytes.Sum());
    }

    /// <summary>The file name of channel file <paramref name="index"/>: "0003_osce-mission.txt" (numbered like the samples; channel after the number).</summary>
    public static string ChannelFileName(int index) =>
        $"{index:D4}_{ChannelProfile.All[index % ChannelProfile.All.Length].Name}.txt";

    private static long WriteChannelFile(string outDir, int index, int files, int count, ulong seed)
    {
        var text = ChannelFileText(index, files, count, seed, posts: null);
        // A few files carry the other encodings the ingest must read: CRLF line ends, a UTF-8 BOM.
        var content = index % 10 == 3 ? text.Replace("\n", "\r\n").ToString() : text.ToString();
        var bom = index % 10 == 7;
        return Write(Path.Combine(outDir, ChannelFileName(index)), content, bom ? new UTF8Encoding(true) : Utf8NoBom);
    }

    /// <summary>
    /// The posts of channel file <paramref name="index"/> as they were meant (the body a reader takes from both renderings),
    /// made by the same draws as the file itself: what <c>corpus-check</c> holds the parser's output against.
    /// </summary>
    public static List<GeneratedPost> ChannelFilePosts(int totalPosts, int index, ulong seed)
    {
        var channelPosts = totalPosts - ArticleCount(totalPosts);
        var files = (channelPosts + PostsPerFile - 1) / PostsPerFile;
        var posts = new List<GeneratedPost>(PostsPerFile);
        ChannelFileText(index, files, Math.Min(PostsPerFile, channelPosts - index * PostsPerFile), seed, posts);
        return posts;
    }

    /// <summary>How many channel files a corpus of <paramref name="totalPosts"/> has.</summary>
    public static int ChannelFileCount(int totalPosts) => (totalPosts - ArticleCount(totalPosts) + PostsPerFile - 1) / PostsPerFile;

    private static StringBuilder ChannelFileText(int index, int files, int count, ulong seed, List<GeneratedPost>? posts)
    {
        var rng = Rng.For(seed, (ulong)index);
        var channel = ChannelProfile.All[index % ChannelProfile.All.Length];
        var composer = new PostComposer(rng);
        var span = Last.DayNumber - First.DayNumber;
        var start = First.DayNumber + (int)((long)span * index / files);
        var days = Math.Max(1, span / files);
        var text = new StringBuilder(count * 2048);
        for (var p = 0; p < count; p++)
        {
            composer.Write(text, channel, DateOnly.FromDayNumber(start + (int)((long)days * p / count)));
            posts?.Add(composer.LastPost());
        }
        return text;
    }

    private static long WriteArticle(string outDir, int index, ulong seed)
    {
        var rng = Rng.For(seed, 1_000_000_000UL + (ulong)index);
        var sentences = new SentenceBuilder(rng);
        var date = DateOnly.FromDayNumber(rng.Between(First.DayNumber, Last.DayNumber));
        var russian = rng.Chance(0.3);
        var text = new StringBuilder();
        text.Append(DatePhrases.ArticleHeading(date)).Append("\n\n");
        var paragraphs = rng.Between(4, 8);
        for (var i = 0; i < paragraphs; i++)
        {
            if (i > 0)
            {
                text.Append("\n\n");
            }
            text.Append(sentences.Paragraph(russian, rng.Between(3, 6)));
        }
        text.Append('\n');
        // Every seventh Russian article is Windows-1251 (no emoji in articles, so nothing is lost), as Russian dumps often come.
        var encoding = russian && index % 7 == 0 ? Encoding.GetEncoding(1251) : Utf8NoBom;
        return Write(Path.Combine(outDir, $"article-{index:D5}.txt"), text.ToString(), encoding);
    }

    private static long Write(string path, string content, Encoding encoding)
    {
        var preamble = encoding.GetPreamble();
        var body = encoding.GetBytes(content);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        stream.Write(preamble);
        stream.Write(body);
        return preamble.Length + body.Length;
    }
}
