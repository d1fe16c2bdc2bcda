namespace Archive.Storage.Ingest;

/// <summary>How alike two versions of a post are, to tell an edit from a different post in the same place.</summary>
public static class TextSimilarity
{
    /// <summary>An edited post keeps at least this share of its words.</summary>
    public const double EditThreshold = 0.5;

    /// <summary>Jaccard index of the two texts' sets of lower-cased words (1 = same words, 0 = none shared).</summary>
    public static double Words(string a, string b)
    {
        var left = WordSet(a);
        var right = WordSet(b);
        if (left.Count == 0 && right.Count == 0)
        {
            return 1;
        }
        var shared = left.Count(right.Contains);
        return (double)shared / (left.Count + right.Count - shared);
    }

    private static HashSet<string> WordSet(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
