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
