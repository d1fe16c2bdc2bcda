using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
namespace Archive.Parsing.ChannelDumps;

/// <summary>A post cut out of a channel dump: its merged body lines and the markers around it.</summary>
public sealed record SegmentedPost(
    IReadOnlyList<string> Lines,
    string? ForwardedFrom,
    bool HasMedia,
    IReadOnlyList<KeyValuePair<string, int>> Reactions)
{
    /// <summary>For lines left unmerged: a number per line, equal for equal lines, dense from 0, so a later merge needs not compare the texts again.</summary>
    internal int[]? LineIds { get; init; }
}

/// <summary>The longest post a file may hold, and the file's name for the message that rejects it.</summary>
public sealed record PostSizeLimit(string FileName, long MaxChars)
{
    public static readonly PostSizeLimit None = new("", long.MaxValue);

    /// <summary>Throws <see cref="InvalidDumpException"/> when the post numbered <paramref name="index"/> (from 0) holds more than <see cref="MaxChars"/>.</summary>
    public void Check(long chars, int index)
    {
        if (chars > MaxChars)
        {
            throw new InvalidDumpException(string.Create(
                CultureInfo.InvariantCulture,
                $"{FileName}: post {index + 1} is at least {chars:N0} characters long, over the limit of {MaxChars:N0} (Archive:MaxPostChars)"));
        }
    }
}

/// <summary>
/// Splits the lines of a channel dump into posts. Markers bound runs of lines (a reactions line ends a
/// post, a forward header or media placeholder starts one); inside a run without markers a post ends
/// where its second rendering ends, i.e. where new lines begin that nothing later repeats.
/// </summary>
public static class PostSegmenter
{
    /// <summary>A run of body lines with no marker is first searched for post boundaries at this many lines (then at each doubling), and the posts found are emitted.</summary>
    internal const int MaxRunLines = 4000;

    /// <summary>The run lines this thread's searches for post boundaries have read: the work a test can count.</summary>
    [ThreadStatic]
    internal static long ScannedLines;

    /// <summary>How far ahead a second rendering may still repeat a line of its post.</summary>
    private const int LookAhead = 1000;

    /// <summary>
    /// Posts in file order. With <paramref name="mergeRenderings"/> false the lines are the run as written (both renderings), which is
    /// enough for reading a post's first lines and cheaper. A post longer than <paramref name="limit"/> allows is an
    /// <see cref="InvalidDumpException"/>, thrown before more than twice that much text is held.
    /// </summary>
    public static IEnumerable<SegmentedPost> Segment(IEnumerable<string> lines, bool mergeRenderings = true, PostSizeLimit? limit = null)
    {
        limit ??= PostSizeLimit.None;
        var run = new List<string>();
        long runChars = 0;

        // When the run is next searched for post boundaries. Searching reads the whole run, so after a search that finds
        // none the next waits for the run to double: the searches of one long post cost a constant times its length,
        // not its length squared (a megabyte of text with no boundary once took minutes).
        var checkLines = MaxRunLines;
        var checkChars = limit.MaxChars;
        var emitted = 0;
        string? forwardedFrom = null;
        var hasMedia = false;

        // The unsupported-content notice follows a post's body (only its reactions may still come): the post is over.
        var endedByNotice = false;

        foreach (var line in lines)
        {
            var kind = ChannelLine.Classify(line);
            if (endedByNotice && kind is ChannelLineKind.Body or ChannelLineKind.MediaPlaceholder or ChannelLineKind.ForwardHeader)
            {
                foreach (var post in Flush(run, forwardedFrom, hasMedia, [], mergeRenderings, limit, ref emitted))
                {
                    yield return post;
                }

                forwardedFrom = null;
                hasMedia = false;
                endedByNotice = false;
            }

            switch (kind)
            {
                case ChannelLineKind.Blank:
                case ChannelLineKind.ViewInTelegram:
                    break;

                case ChannelLineKind.UnsupportedNotice:
                    endedByNotice = true;
                    break;

                case ChannelLineKind.MediaPlaceholder:
                    if (run.Count > 0)
                    {
                        foreach (var post in Flush(run, forwardedFrom, hasMedia, [], mergeRenderings, limit, ref emitted))
                        {
                            yield return post;
                        }

                        forwardedFrom = null;
                    }

                    hasMedia = true;
                    break;

                case ChannelLineKind.ForwardHeader:
                    if (run.Count > 0)
                    {
                        foreach (var post in Flush(run, forwardedFrom, hasMedia, [], mergeRenderings, limit, ref emitted))
                        {
                            yield return post;
                        }

                        hasMedia = false;
                        forwardedFrom = null;
                    }

                    // An album repeats the header on consecutive lines: the first one names the post's source.
                    forwardedFrom ??= ChannelLine.ForwardedChannel(line);
                    break;

                case ChannelLineKind.Reactions:
                    // The line was classified as reactions by the same parse, so it cannot fail here.
                    _ = ChannelLine.TryParseReactions(line.AsSpan().Trim(), out var reactions);
                    foreach (var post in Flush(run, forwardedFrom, hasMedia, reactions, mergeRenderings, limit, ref emitted))
                    {
                        yield return post;
                    }

                    forwardedFrom = null;
                    hasMedia = false;
                    endedByNotice = false;
                    break;

                default:
                    if (run.Count == 0)
                    {
                        (runChars, checkLines, checkChars) = (0, MaxRunLines, limit.MaxChars);
                    }

                    var body = line.Trim();
                    run.Add(body);
                    runChars += body.Length + 1;
                    if (run.Count >= checkLines || runChars > checkChars)
                    {
                        // Emit all posts but the last, which may still be growing.
                        var cuts = FindPostStarts(run);
                        var keepFrom = cuts[^1];
                        if (keepFrom > 0)
                        {
                            var done = run[..keepFrom];
                            run.RemoveRange(0, keepFrom);
                            runChars = CharCount(run, 0, run.Count);
                            foreach (var post in Flush(done, forwardedFrom, hasMedia, [], mergeRenderings, limit, ref emitted))
                            {
                                yield return post;
                            }

                            forwardedFrom = null;
                            hasMedia = false;
                        }

                        limit.Check(runChars, emitted);
                        checkLines = Math.Max(MaxRunLines, run.Count * 2);
                        checkChars = Math.Max(limit.MaxChars, runChars * 2);
                    }

                    break;
            }
        }

        foreach (var post in Flush(run, forwardedFrom, hasMedia, [], mergeRenderings, limit, ref emitted))
        {
            yield return post;
        }
    }

    private static List<SegmentedPost> Flush(
        List<string> run,
        string? forwardedFrom,
        bool hasMedia,
        IReadOnlyList<KeyValuePair<string, int>> reactions,
        bool mergeRenderings,
        PostSizeLimit limit,
        ref int emitted)
    {
        if (run.Count == 0)
        {
            // A photo or video posted without a caption is still a post, with its forward header and reactions; a
            // marker with nothing to mark (reactions after reactions) is not.
            if (!hasMedia)
            {
                return [];
            }

            limit.Check(0, emitted);
            emitted++;
            return [new SegmentedPost([], forwardedFrom, true, reactions) { LineIds = mergeRenderings ? null : [] }];
        }

        var starts = FindPostStarts(run, out var firstShowing);
        for (var p = 0; p < starts.Count; p++)
        {
            limit.Check(CharCount(run, starts[p], p + 1 < starts.Count ? starts[p + 1] : run.Count), emitted + p);
        }

        emitted += starts.Count;
        // Lines are compared by number: a line's first showing in the run, renumbered from 0 within each post. Unmerged
        // posts keep their numbers, for the merge that may come later.
        var scratch = new int[run.Count];
        Array.Fill(scratch, -1);
        var posts = new List<SegmentedPost>(starts.Count);
        for (var p = 0; p < starts.Count; p++)
        {
            var end = p + 1 < starts.Count ? starts[p + 1] : run.Count;
            var lines = run[starts[p]..end];
            var ids = LineIds(firstShowing, starts[p], end, scratch);
            posts.Add(new SegmentedPost(
                mergeRenderings ? RenderingMerger.MergeRenderings(lines, ids) : lines,
                p == 0 ? forwardedFrom : null,
                p == 0 && hasMedia,
                p == starts.Count - 1 ? reactions : [])
            {
                LineIds = mergeRenderings ? null : ids,
            });
        }

        run.Clear();
        return posts;
    }

    private static long CharCount(List<string> lines, int start, int end)
    {
        long chars = 0;
        for (var i = start; i < end; i++)
        {
            chars += lines[i].Length + 1;
        }

        return chars;
    }

    /// <summary>
    /// Numbers for the lines [<paramref name="start"/>, <paramref name="end"/>) of a run, equal for equal lines and dense from 0,
    /// from the run's first showings; <paramref name="scratch"/> (one slot per run line, all -1) is left as it was found.
    /// </summary>
    private static int[] LineIds(int[] firstShowing, int start, int end, int[] scratch)
    {
        var ids = new int[end - start];
        var next = 0;
        for (var i = start; i < end; i++)
        {
            ref var id = ref scratch[firstShowing[i]];
            if (id < 0)
            {
                id = next++;
            }
            ids[i - start] = id;
        }
        for (var i = start; i < end; i++)
        {
            scratch[firstShowing[i]] = -1;
        }
        return ids;
    }

    /// <summary>Indexes where posts start inside a run of body lines with no markers (always starts with 0).</summary>
    internal static List<int> FindPostStarts(IReadOnlyList<string> run) => FindPostStarts(run, out _);

    /// <summary>As <see cref="FindPostStarts(IReadOnlyList{string})"/>; <paramref name="firstShowing"/> gives each line the index of its first showing in the run.</summary>
    // A per-character loop run for every post: compiled optimized at once, not left in slow tier-0 code (with a
    // patchpoint call per iteration) for the first seconds of an ingest while the tiering thread catches up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<int> FindPostStarts(IReadOnlyList<string> run, out int[] firstShowing)
    {
        var n = run.Count;
        ScannedLines += n;
        var starts = new List<int> { 0 };

        // strongRef[j]: the earlier index holding the same strong line when that was its first showing, or -1.
        // A line shown a third time is a quote of an older post, not a second rendering.
        var strongRef = new int[n];
        var lastIndex = new Dictionary<string, int>(n, StringComparer.Ordinal);
        var previous = new int[n];
        firstShowing = new int[n];
        for (var j = 0; j < n; j++)
        {
            // One hash of the line, not two (hashing long lines is a good part of segmenting).
            ref var last = ref CollectionsMarshal.GetValueRefOrAddDefault(lastIndex, run[j], out var seen);
            previous[j] = seen ? last : -1;
            last = j;
            strongRef[j] = previous[j] >= 0 && previous[previous[j]] < 0 && RenderingMerger.IsStrong(run[j]) ? previous[j] : -1;
            firstShowing[j] = previous[j] >= 0 ? firstShowing[previous[j]] : j;
        }

        var start = 0;
        var repeating = false;
        int[]? latestRef = null;

        // The last line of the current post's first rendering, once its second rendering has begun: the web preview
        // renders the body twice, so the second rendering ends on the line the first ended on.
        var closing = -1;
        for (var i = 1; i < n; i++)
        {
            if (strongRef[i] >= start)
            {
                if (!repeating)
                {
                    repeating = true;
                    closing = RenderingStart(previous, start, i) - 1;
                }

                continue;
            }

            if (previous[i] >= start)
            {
                // A second rendering of short lines only (no sentence to recognize it by), such as a dateline and a
                // hashtag line: two or more lines (not one line over and over) repeating the post, the last being the
                // line just before them.
                if (!repeating)
                {
                    var from = RenderingStart(previous, start, i);
                    if (i - from >= 1 && from - 1 > start
                        && string.Equals(run[i], run[from - 1], StringComparison.Ordinal)
                        && !string.Equals(run[from], run[i], StringComparison.Ordinal))
                    {
                        repeating = true;
                        closing = from - 1;
                    }
                }

                continue;
            }

            if (!repeating)
            {
                continue;
            }

            // A new line after the second rendering began: a new post, unless the current post's lines come back later.
            // When the second rendering has just ended on the first one's last line, the post is complete. Otherwise
            // lines with no repetition at all up to the end of the run are the rest of a longer second rendering, and
            // a new line followed only by the post's own lines up to its closing line is one the first rendering lacked.
            if (IsReferencedLater(strongRef, start, i))
            {
                continue;
            }

            // (A second rendering of one line that repeats the line before it is no evidence: a line can be shown twice
            // in a row. Nor is a closing line the second rendering already showed before: an elision that stands inside
            // the body as well as at its end.)
            var closed = i - 2 > closing && previous[i - 1] == closing;
            if (closed || (HasRepeatsFrom(strongRef, ref latestRef, i) && !ClosesSoon(run, previous, start, closing, i)))
            {
                starts.Add(i);
                start = i;
                repeating = false;
                closing = -1;
            }
        }

        return starts;
    }

    /// <summary>Where the block of lines repeating lines of the current post that ends at <paramref name="i"/> begins.</summary>
    private static int RenderingStart(int[] previous, int start, int i)
    {
        var from = i;
        while (from - 1 > start && previous[from - 1] >= start)
        {
            from--;
        }

        return from;
    }

    /// <summary>Whether, after the new line at <paramref name="i"/>, only lines of the current post follow up to its closing line.</summary>
    private static bool ClosesSoon(IReadOnlyList<string> run, int[] previous, int start, int closing, int i)
    {
        for (var j = i + 1; j < run.Count && previous[j] >= start && previous[j] < i; j++)
        {
            if (string.Equals(run[j], run[closing], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line after <paramref name="i"/> repeats a line at or after it.</summary>
    private static bool HasRepeatsFrom(int[] strongRef, ref int[]? latestRef, int i)
    {
        // latestRef[i]: the latest line a strong line after i repeats. Made once per run, when first needed, so that asking
        // at every line of a long run reads it once, not once per line.
        if (latestRef is null)
        {
            latestRef = new int[strongRef.Length];
            var latest = -1;
            for (var j = strongRef.Length - 1; j >= 0; j--)
            {
                latestRef[j] = latest;
                latest = Math.Max(latest, strongRef[j]);
            }
        }

        return latestRef[i] >= i;
    }

    private static bool IsReferencedLater(int[] strongRef, int start, int i)
    {
        var end = Math.Min(strongRef.Length, i + LookAhead);
        for (var j = i + 1; j < end; j++)
        {
            if (strongRef[j] >= start && strongRef[j] < i)
            {
                return true;
            }
        }

        return false;
    }
}
