using Archive.Search.Querying;

namespace Archive.Search.Tests.Fixtures;

/// <summary>Facet counts checked against the same values grouped with LINQ.</summary>
internal static class FacetAssert
{
    /// <summary>Every group's key with its size, and nothing else, in <paramref name="actual"/>; order aside.</summary>
    public static void Counts<T>(IEnumerable<IGrouping<string, T>> expected, IReadOnlyList<FacetCount> actual) =>
        Assert.Equal(
            expected.ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key, StringComparer.Ordinal),
            actual.ToDictionary(f => f.Value, f => f.Count).OrderBy(p => p.Key, StringComparer.Ordinal));
}
