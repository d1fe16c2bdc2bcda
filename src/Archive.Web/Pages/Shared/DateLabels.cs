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

    /// <summary>
    /// A post's date as it reads: its day, or for an inferred one the range it lies in ("4–10 Feb 2025",
    /// "28 Feb – 3 Mar 2025", "30 Dec 2024 – 2 Jan 2025"; "10 Feb 2025 or later" where the file has no dated post after it).
    /// </summary>
    public static string Published(DateOnly? date, DateConfidence confidence, DateOnly? earliest, DateOnly? latest)
    {
        if (confidence != DateConfidence.Inferred || date is null || (earliest is null && latest is null))
        {
            return Date(date);
        }
        if (earliest is not { } e)
        {
            return Date(latest) + " or earlier";
        }
        if (latest is not { } l)
        {
            return Date(e) + " or later";
        }
        if (e == l)
        {
            return Date(e);
        }
        if (e.Year == l.Year && e.Month == l.Month)
        {
            return e.Day.ToString(CultureInfo.InvariantCulture) + "–" + Date(l);
        }
        return e.Year == l.Year
            ? e.ToString("d MMM", CultureInfo.InvariantCulture) + " – " + Date(l)
            : Date(e) + " – " + Date(l);
    }

    /// <summary>Why an inferred date is a range, for its title; null for a date the post or its source states.</summary>
    public static string? RangeReason(DateConfidence confidence, DateOnly? earliest, DateOnly? latest) =>
        confidence != DateConfidence.Inferred ? null
        : (earliest, latest) switch
        {
            (not null, not null) => "No date in the post; between the dated posts before and after it",
            (not null, null) => "No date in the post; on or after the dated post before it (none follows it in its file)",
            (null, not null) => "No date in the post; on or before the dated post after it (none comes before it in its file)",
            _ => null,
        };

    /// <summary>
    /// <see cref="Published(DateOnly?, DateConfidence, DateOnly?, DateOnly?)"/> in a &lt;time&gt; element (its
    /// datetime the best day), with the reason for a range as its title.
    /// </summary>
    public static IHtmlContent PublishedElement(DateOnly? date, DateConfidence confidence, DateOnly? earliest, DateOnly? latest)
    {
        if (date is not { } d || RangeReason(confidence, earliest, latest) is not { } reason)
        {
            return Element(date);
        }
        return new HtmlString($"<time datetime=\"{Iso(d)}\" class=\"range\" title=\"{reason}\">{Published(d, confidence, earliest, latest)}</time>");
    }

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
