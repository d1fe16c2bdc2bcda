using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
namespace Archive.Parsing.ChannelDumps;

/// <summary>
/// A channel dump shows a post's body twice (the web preview renders it twice, the second time
/// usually without its first line); either rendering may lack a line the other has. This finds where
/// the second rendering starts and merges both into their ordered union.
/// </summary>
public static class RenderingMerger
{
    /// <summary>The shortest line that on its own is evidence of a repeated rendering (link labels and "&lt;...&gt;" repeat inside one rendering).</summary>
    internal const int StrongLineLength = 25;

    /// <summary>
    /// How many LCS cells the search for the second rendering may compute in one post. A split of k lines costs k × (n − k)
    /// cells, and a post of n lines has up to n splits to try: a real post (tens of lines) needs thousands, but a megabyte of
    /// short lines would need the cube of its length. Past the budget the best split found so far stands.
    /// </summary>
    internal const long MaxSearchCells = 1 << 22;

    /// <summary>
    /// The ordered union of two renderings: lines both share (by a longest common subsequence) once,
    /// lines only one has at their place. Each input stays a subsequence of the output.
    /// </summary>
    public static List<string> Merge(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var both = new List<string>(first.Count + second.Count);
        both.AddRange(first);
        both.AddRange(second);
        return MergeAt(both, ToIds(both), first.Count);
    }

    // Lines compared as small integers: the LCS table touches every pair.
    private static List<string> MergeAt(IReadOnlyList<string> lines, int[] ids, int split)
    {
        var a = ids.AsSpan(0, split);
        var b = ids.AsSpan(split);
        var table = LcsTable(a, b);
        var merged = new List<string>(Math.Max(a.Length, b.Length) + 4);
        int i = 0, j = 0, w = b.Length + 1;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                merged.Add(lines[i]);
                i++;
                j++;
            }
            else if (table[((i + 1) * w) + j] >= table[(i * w) + j + 1])
            {
                merged.Add(lines[i++]);
            }
            else
            {
                merged.Add(lines[split + j++]);
            }
        }

        while (i < a.Length)
        {
            merged.Add(lines[i++]);
        }

        while (j < b.Length)
        {
            merged.Add(lines[split + j++]);
        }

        return merged;
    }

    /// <summary>
    /// Splits one post's body lines into its two renderings and merges them. The split is the point
    /// where the two halves share the most lines; a body shown once comes back unchanged.
    /// </summary>
    public static List<string> MergeRenderings(IReadOnlyList<string> lines) => MergeRenderings(lines, ToIds(lines));

    /// <summary>As <see cref="MergeRenderings(IReadOnlyList{string})"/>, with the lines already numbered: equal lines, equal numbers, dense from 0.</summary>
    internal static List<string> MergeRenderings(IReadOnlyList<string> lines, int[] ids)
    {
        var split = FindSecondRendering(lines, ids);
        if (split < 0)
        {
            return [.. lines];
        }

        return MergeAt(lines, ids, split);
    }

    /// <summary>The LCS cells this thread's searches for a second rendering have computed: the work a test can count.</summary>
    [ThreadStatic]
    internal static long SearchedCells;

    /// <summary>Index where the second rendering starts, or -1 when the body is shown once.</summary>
    internal static int FindSecondRendering(IReadOnlyList<string> lines) => FindSecondRendering(lines, ToIds(lines));

    private static int FindSecondRendering(IReadOnlyList<string> lines, int[] ids)
    {
        var n = lines.Count;
        if (n < 2)
        {
            return -1;
        }

        int best = -1, bestScore = 0;
        var budget = MaxSearchCells;
        var seen = new bool[n];
        for (var k = 0; k < n; k++)
        {
            // A second rendering can only start at a line that repeats an earlier one.
            if (!seen[ids[k]])
            {
                seen[ids[k]] = true;
                continue;
            }

            // No split after this one can share more lines than the shorter half holds.
            if (Math.Min(k, n - k) <= bestScore)
            {
                continue;
            }

            var cells = (long)k * (n - k);
            if (cells > budget)
            {
                break;
            }

            budget -= cells;
            SearchedCells += cells;
            var score = LcsTable(ids.AsSpan(0, k), ids.AsSpan(k))[0];
            if (score > bestScore && IsConvincing(lines, k, score))
            {
                best = k;
                bestScore = score;
            }
        }

        return best;
    }

    // A per-character loop run for every post: compiled optimized at once, not left in slow tier-0 code (with a
    // patchpoint call per iteration) for the first seconds of an ingest while the tiering thread catches up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] ToIds(IReadOnlyList<string> lines)
    {
        var ids = new int[lines.Count];
        var map = new Dictionary<string, int>(lines.Count, StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(map, lines[i], out var seen);
            if (!seen)
            {
                id = map.Count - 1;
            }

            ids[i] = id;
        }

        return ids;
    }

    // table[i * (b.Length + 1) + j] = LCS length of a[i..] and b[j..].
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] LcsTable(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var w = b.Length + 1;
        var table = new int[(a.Length + 1) * w];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            var ai = a[i];
            var row = i * w;
            var next = row + w;
            for (var j = b.Length - 1; j >= 0; j--)
            {
                table[row + j] = ai == b[j] ? table[next + j + 1] + 1 : Math.Max(table[next + j], table[row + j + 1]);
            }
        }

        return table;
    }

    // One shared line may be a link label repeated inside one rendering; accept it only when it is a real sentence or both halves end on it.
    private static bool IsConvincing(IReadOnlyList<string> lines, int split, int shared)
    {
        if (shared >= 2 || string.Equals(lines[split - 1], lines[^1], StringComparison.Ordinal))
        {
            return true;
        }

        for (var k = split; k < lines.Count; k++)
        {
            if (IsStrong(lines[k]))
            {
                for (var j = 0; j < split; j++)
                {
                    if (string.Equals(lines[j], lines[k], StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A line long and particular enough that seeing it twice means the body was rendered twice.</summary>
    internal static bool IsStrong(string line) => line.Length >= StrongLineLength && line[0] != '#';
}
