namespace Archive.Benchmarks.Harness;

/// <summary>Latency figures over a list of timings.</summary>
public static class Percentiles
{
    /// <summary>Nearest-rank percentile of <paramref name="sortedMs"/> (ascending); 0 when there are none.</summary>
    public static double Of(IReadOnlyList<double> sortedMs, double p)
    {
        if (sortedMs.Count == 0)
        {
            return 0;
        }
        var rank = (int)Math.Ceiling(p / 100 * sortedMs.Count);
        return Math.Round(sortedMs[Math.Clamp(rank - 1, 0, sortedMs.Count - 1)], 3);
    }
}
