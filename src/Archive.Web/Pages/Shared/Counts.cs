using System.Globalization;

namespace Archive.Web.Pages.Shared;

/// <summary>"1 post", "2 posts", "1,204 posts": every count a page shows or reads out, in one place.</summary>
public static class Counts
{
    /// <summary>The count and its noun, plural unless the count is one ("reaction" → "reactions").</summary>
    public static string Of(int count, string noun, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");

    /// <summary>The noun alone, for a count written apart ("of 12 hashtags").</summary>
    public static string Noun(int count, string noun, string? plural = null) => count == 1 ? noun : plural ?? noun + "s";
}
