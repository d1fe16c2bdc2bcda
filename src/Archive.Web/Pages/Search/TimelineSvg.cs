using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Archive.Search.Querying;
using Archive.Web.Pages.Shared;
using Microsoft.AspNetCore.Html;

namespace Archive.Web.Pages.Search;

/// <summary>One bar of the timeline: a month (or a year, for long spans) and its posts.</summary>
public sealed record TimelineBar(int Year, int? Month, int Count)
{
    public string Label => Month is { } m
        ? $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} {Year.ToString(CultureInfo.InvariantCulture)}"
        : Year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The posts-per-month chart of a search as inline SVG, drawn on the server: each bar is a link that filters to its month.
/// Sizes are attributes and colours come from the stylesheet, so the CSP needs no inline style.
/// </summary>
public static class TimelineSvg
{
    /// <summary>Past this many months the chart shows years, so bars stay wide enough to click.</summary>
    public const int MaxMonths = 120;

    private const int Width = 800, Height = 120, Gap = 1;

    /// <summary>Bars from the month facet, with empty months filled in; years instead when the span is long.</summary>
    public static IReadOnlyList<TimelineBar> Bars(IReadOnlyList<FacetCount> months)
    {
        // Every search draws the chart: the "yyyy-MM" keys are read as two numbers, not parsed as dates.
        var parsed = new Dictionary<(int Year, int Month), int>(months.Count);
        foreach (var month in months)
        {
            if (YearMonth(month.Value) is { } key)
            {
                parsed[key] = month.Count;
            }
        }
        if (parsed.Count == 0)
        {
            return [];
        }
        var first = parsed.Keys.Min();
        var last = parsed.Keys.Max();
        var span = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        if (span > MaxMonths)
        {
            return Enumerable.Range(first.Year, last.Year - first.Year + 1)
                .Select(y => new TimelineBar(y, null, parsed.Where(p => p.Key.Year == y).Sum(p => p.Value)))
                .ToArray();
        }
        var bars = new List<TimelineBar>(span);
        for (var date = new DateOnly(first.Year, first.Month, 1); bars.Count < span; date = date.AddMonths(1))
        {
            bars.Add(new TimelineBar(date.Year, date.Month, parsed.GetValueOrDefault((date.Year, date.Month))));
        }
        return bars;
    }

    private static (int Year, int Month)? YearMonth(string value)
    {
        var dash = value.IndexOf('-');
        return dash > 0
            && int.TryParse(value.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999
            && int.TryParse(value.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            ? (year, month)
            : null;
    }

    /// <summary>The SVG; <paramref name="href"/> gives the (unencoded) link of a bar.</summary>
    public static IHtmlContent Render(IReadOnlyList<TimelineBar> bars, Func<TimelineBar, string> href)
    {
        if (bars.Count == 0)
        {
            return HtmlString.Empty;
        }
        var max = Math.Max(1, bars.Max(b => b.Count));
        var slot = (double)Width / bars.Count;
        var barWidth = Math.Max(1, slot - Gap);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"timeline-chart\" viewBox=\"0 0 {Width} {Height}\" preserveAspectRatio=\"none\" role=\"group\" aria-label=\"Posts per {(bars[0].Month is null ? "year" : "month")}\" focusable=\"false\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var label = $"{bar.Label}: {Counts.Of(bar.Count, "post")}";
            var height = bar.Count == 0 ? 0 : Math.Max(3, (double)bar.Count / max * (Height - 4));
            var x = i * slot;
            // An empty month keeps a sliver so the gap shows, but is no link: it would lead to nothing and cost a Tab stop.
            if (bar.Count == 0)
            {
                svg.Append("<g><title>").Append(HtmlEncoder.Default.Encode(label)).Append("</title>");
            }
            else
            {
                svg.Append("<a href=\"").Append(HtmlEncoder.Default.Encode(href(bar))).Append("\" aria-label=\"")
                    .Append(HtmlEncoder.Default.Encode(label)).Append("\">")
                    .Append("<title>").Append(HtmlEncoder.Default.Encode(label)).Append("</title>")
                    .Append(CultureInfo.InvariantCulture, $"<rect class=\"hit\" x=\"{x:0.##}\" y=\"0\" width=\"{slot:0.##}\" height=\"{Height}\"/>");
            }
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{(bar.Count == 0 ? "bar empty" : "bar")}\" x=\"{x:0.##}\" y=\"{Height - Math.Max(height, 1):0.##}\" width=\"{barWidth:0.##}\" height=\"{Math.Max(height, 1):0.##}\"/>")
                .Append(bar.Count == 0 ? "</g>" : "</a>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
