namespace Archive.Benchmarks.Corpus;

/// <summary>A small seeded random source (SplitMix64) whose sequence never changes with the runtime, so a seed always gives the same corpus.</summary>
public sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="max"/>.</summary>
    public int Next(int max) => (int)(NextULong() % (ulong)max);

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with the given probability (0..1).</summary>
    public bool Chance(double p) => (NextULong() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Picks with a skew towards the start of the list (roughly Zipf-like), so some words are common and others rare, as in real text.</summary>
    public T PickSkewed<T>(IReadOnlyList<T> items)
    {
        var u = (NextULong() >> 11) * (1.0 / (1UL << 53));
        return items[(int)(u * u * items.Count)];
    }

    /// <summary>A source for one part of the output (a file), derived from the seed alone, so parts do not depend on each other's draws.</summary>
    public static Rng For(ulong seed, ulong part) => new(seed * 0xD6E8FEB86659FD93UL ^ (part + 1) * 0x9E3779B97F4A7C15UL);
}
