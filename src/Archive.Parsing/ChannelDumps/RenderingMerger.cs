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
    /// The ordered union of two renderings: lines both share (by a longest common subsequence) once,
    /// lines only one has at their place. Each input stays a subsequence of the output.
    /// </summary>
    public static List<string> Merge(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var table = LcsTable(first, 0, first.Count, second, 0, second.Count);
        var merged = new List<string>(Math.Max(first.Count, second.Count) + 4);
        int i = 0, j = 0;
        while (i < first.Count && j < second.Count)
        {
            if (string.Equals(first[i], second[j], StringComparison.Ordinal))
            {
                merged.Add(first[i]);
                i++;
                j++;
            }
            else if (table[i + 1, j] >= table[i, j + 1])
            {
                merged.Add(first[i++]);
            }
            else
            {
                merged.Add(second[j++]);
            }
        }

        while (i < first.Count)
        {
            merged.Add(first[i++]);
        }

        while (j < second.Count)
        {
            merged.Add(second[j++]);
        }

        return merged;
    }

    /// <summary>
    /// Splits one post's body lines into its two renderings and merges them. The split is the point
    /// where the two halves share the most lines; a body shown once comes back unchanged.
    /// </summary>
    public static List<string> MergeRenderings(IReadOnlyList<string> lines)
    {
        var split = FindSecondRendering(lines);
        if (split < 0)
        {
            return [.. lines];
        }

        var first = new ArraySegmentList(lines, 0, split);
        var second = new ArraySegmentList(lines, split, lines.Count - split);
        return Merge(first, second);
    }

    /// <summary>Index where the second rendering starts, or -1 when the body is shown once.</summary>
    internal static int FindSecondRendering(IReadOnlyList<string> lines)
    {
        var n = lines.Count;
        if (n < 2)
        {
            return -1;
        }

        // A second rendering can only start at a line that repeats an earlier one.
        var firstSeen = new Dictionary<string, int>(n, StringComparer.Ordinal);
        int best = -1, bestScore = 0;
        for (var k = 0; k < n; k++)
        {
            if (!firstSeen.TryAdd(lines[k], k))
            {
                // No split after this one can share more lines than the shorter half holds.
                if (Math.Min(k, n - k) < bestScore)
                {
                    continue;
                }

                var table = LcsTable(lines, 0, k, lines, k, n - k);
                var score = table[0, 0];
                if (score > bestScore && IsConvincing(lines, k, score))
                {
                    best = k;
                    bestScore = score;
                }
            }
        }

        return best;
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

    // table[i, j] = LCS length of a[i..] and b[j..].
    private static int[,] LcsTable(IReadOnlyList<string> a, int aStart, int aCount, IReadOnlyList<string> b, int bStart, int bCount)
    {
        var table = new int[aCount + 1, bCount + 1];
        for (var i = aCount - 1; i >= 0; i--)
        {
            var ai = a[aStart + i];
            for (var j = bCount - 1; j >= 0; j--)
            {
                table[i, j] = string.Equals(ai, b[bStart + j], StringComparison.Ordinal)
                    ? table[i + 1, j + 1] + 1
                    : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        return table;
    }

    private sealed class ArraySegmentList(IReadOnlyList<string> source, int offset, int count) : IReadOnlyList<string>
    {
        public string this[int index] => source[offset + index];

        public int Count => count;

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return source[offset + i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
