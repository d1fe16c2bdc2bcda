using System.Globalization;
using Archive.Parsing;
using Microsoft.AspNetCore.Html;

namespace Archive.Web.Pages.Shared;

/// <summary>How a post's date reads, with how sure the archive is of it.</summary>
public static class DateLabels
{
    public static string Date(DateOnly? date) =>
        date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "Date unknown";

    /// <summary>A &lt;time&gt; element for a known date, plain text for an unknown one (a &lt;time&gt; needs a value).</summary>
    public static IHtmlContent Element(DateOnly? date) => date is { } d
        ? new HtmlString($"<time datetime=\"{Iso(d)}\">{Date(d)}</time>")
        : new HtmlString("<span class=\"undated\">Date unknown</span>");

    /// <summary>An exact instant with its offset ("25 Nov 2026, 14:03:11 UTC" or "... UTC+03:00") in a &lt;time&gt; element.</summary>
    public static IHtmlContent Instant(DateTimeOffset at)
    {
        var zone = at.Offset == TimeSpan.Zero ? "UTC" : "UTC" + at.ToString("zzz", CultureInfo.InvariantCulture);
        var text = at.ToString("d MMM yyyy, HH:mm:ss", CultureInfo.InvariantCulture) + " " + zone;
        return new HtmlString($"<time datetime=\"{at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}\">{text}</time>");
    }

    /// <summary>The machine-readable form for &lt;time datetime&gt;.</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One word, also the CSS class of the badge.</summary>
    public static string Confidence(DateConfidence confidence) => confidence switch
    {
        DateConfidence.Exact => "exact",
        DateConfidence.Explicit => "explicit",
        DateConfidence.Inferred => "inferred",
        _ => "unknown",
    };

    /// <summary>What the badge means, for its title and for screen readers.</summary>
    public static string ConfidenceHelp(DateConfidence confidence) => confidence switch
    {
        DateConfidence.Exact => "Exact: a timestamp from the source",
        DateConfidence.Explicit => "Explicit: read from a date in the post",
        DateConfidence.Inferred => "Inferred from neighbouring posts",
        _ => "No date could be found for this post",
    };
}
