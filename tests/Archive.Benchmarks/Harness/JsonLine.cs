using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Benchmarks.Harness;

/// <summary>Every harness command reports as one JSON line on stdout, so runs can be collected with a pipe.</summary>
public static class JsonLine
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Format<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static void Print<T>(T value) => Console.Out.WriteLine(Format(value));
}

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
