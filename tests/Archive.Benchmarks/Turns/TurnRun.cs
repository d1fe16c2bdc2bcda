using System.Text.Json;

namespace Archive.Benchmarks.Turns;

/// <summary>One measurement of one build in one round: the JSON line a turns run writes for it.</summary>
public sealed record TurnRun(string Build, string Commit, int Round, string Measure, IReadOnlyDictionary<string, double> Figures);

/// <summary>The first JSON line of a turns run: when, where, and what it compares.</summary>
public sealed record TurnsHeader(string Step, string Date, string Machine, int Cores, string Os, string Runtime, int Size, int Rounds,
    IReadOnlyList<string> Measures, IReadOnlyList<TurnsBuild> Builds);

/// <summary>A build as the header names it.</summary>
public sealed record TurnsBuild(string Label, string Commit);

/// <summary>The figures in a JSON line that a verb of a build's harness printed.</summary>
internal static class Figures
{
    /// <summary>Every number in the line's top-level object, by its name: whatever the build's verb reports, old fields and new.</summary>
    public static Dictionary<string, double> Of(string jsonLine)
    {
        using var document = JsonDocument.Parse(jsonLine);
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number)
            {
                figures[property.Name] = property.Value.GetDouble();
            }
        }
        return figures;
    }

    /// <summary>A string field of the line, or null.</summary>
    public static string? Text(string jsonLine, string name)
    {
        using var document = JsonDocument.Parse(jsonLine);
        return document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    /// <summary>The last JSON line of a verb's output.</summary>
    public static string LastLine(string output) =>
        output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith('{'))
        ?? throw new InvalidOperationException("The verb printed no JSON line.");
}
