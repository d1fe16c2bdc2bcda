using System.Globalization;
using System.Text;

namespace Archive.Benchmarks.Turns;

/// <summary>The table at the end of a turns run: each measure's telling figures per build (median, min, max over the rounds) and each build's median against the first build's.</summary>
internal static class TurnsSummary
{
    /// <summary>The figures worth a row; the JSON lines keep all of them.</summary>
    private static readonly Dictionary<string, string[]> Telling = new(StringComparer.Ordinal)
    {
        [Measures.Ingest] = ["posts_per_s", "cpu_s", "peak_rss_mb"],
        [Measures.Reindex] = ["wall_s", "cpu_s", "peak_rss_mb"],
        [Measures.Search] = ["p50_ms", "p95_ms", "cpu_ms_per_query"],
        [Measures.Page] = ["cpu_ms_per_request", "rps", "p99_ms", "peak_rss_mb"],
    };

    /// <summary>A Markdown table, so it can go into a page as it is.</summary>
    public static string Table(IReadOnlyList<TurnRun> runs, IReadOnlyList<PublishedBuild> builds, IReadOnlyList<string> measures)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| measure | figure | build | runs | median | min | max | median vs {builds[0].Label} |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---:|");
        foreach (var measure in measures)
        {
            foreach (var figure in Telling[measure])
            {
                double? first = null;
                foreach (var build in builds)
                {
                    var values = runs.Where(r => r.Measure == measure && r.Build == build.Label && r.Figures.ContainsKey(figure))
                        .Select(r => r.Figures[figure]).Order().ToList();
                    if (values.Count == 0)
                    {
                        continue;
                    }
                    var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
                    first ??= median;
                    var change = build == builds[0] || first == 0 ? "" : (100 * (median - first.Value) / first.Value).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";
                    text.AppendLine(CultureInfo.InvariantCulture,
                        $"| {measure} | {figure} | {build.Label} | {values.Count} | {Number(median)} | {Number(values[0])} | {Number(values[^1])} | {change} |");
                }
            }
        }
        return text.ToString();
    }

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "N1" : "0.###", CultureInfo.InvariantCulture);
}
