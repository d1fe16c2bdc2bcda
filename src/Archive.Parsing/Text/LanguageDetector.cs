using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
namespace Archive.Parsing.Text;

/// <summary>Tells English, Russian and mixed posts apart by counting Latin and Cyrillic letters.</summary>
public static class LanguageDetector
{
    /// <summary>"ru" when Cyrillic letters dominate, "en" otherwise, "mixed" when each script has a fair share.</summary>
    public static string Detect(string text) => Detect([text]);

    /// <inheritdoc cref="Detect(string)"/>
    public static string Detect(IEnumerable<string> lines)
    {
        int latin = 0, cyrillic = 0;
        foreach (var line in lines)
        {
            CountLetters(line, ref latin, ref cyrillic);
        }

        var minority = Math.Min(latin, cyrillic);
        var total = latin + cyrillic;

        // Mixed means a paragraph in each language, not a Russian name in an English post.
        // With no letters at all (emoji only, numbers), English is the archive's default.
        if (minority >= 8 && minority * 100 >= total * 15)
        {
            return Languages.Mixed;
        }

        return cyrillic > latin ? Languages.Russian : Languages.English;
    }

    // A per-character loop run for every post: compiled optimized at once, not left in slow tier-0 code (with a
    // patchpoint call per iteration) for the first seconds of an ingest while the tiering thread catches up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void CountLetters(string text, ref int latin, ref int cyrillic)
    {
        // Most posts hold no link: then no word is left out, and the letters are counted in one pass over the text
        // with no word splitting (white space is not a letter).
        if (text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            CountLettersOutsideLinks(text, ref latin, ref cyrillic);
            return;
        }
        CountScripts(text, ref latin, ref cyrillic);
    }

    /// <summary>The letters of the words that are not links (a word with "://", or starting with "www.").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void CountLettersOutsideLinks(string text, ref int latin, ref int cyrillic)
    {
        // Word by word (split on white space as string.Split does) without allocating the words.
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var start = 0;
            while (start < rest.Length && char.IsWhiteSpace(rest[start]))
            {
                start++;
            }
            var end = start;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
            {
                end++;
            }
            var word = rest[start..end];
            rest = rest[end..];

            // A link's letters say nothing about the language the post is written in.
            if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            CountScripts(word, ref latin, ref cyrillic);
        }
    }

    // Latin letters (A-Z either case) and the Cyrillic block (U+0400-U+04FF), without a branch per character, a vector
    // of chars at a time: each lane compares as the scalar loop does (unsigned, so chars below the range wrap above it)
    // and a match (all ones, -1) is subtracted to count it.
    internal static void CountScripts(ReadOnlySpan<char> chars, ref int latin, ref int cyrillic)
    {
        var units = MemoryMarshal.Cast<char, ushort>(chars);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<ushort>.Count;
            var caseBit = new Vector<ushort>(0x20);
            var lowerA = new Vector<ushort>('a');
            var letters = new Vector<ushort>('z' - 'a');
            var cyrillicStart = new Vector<ushort>(0x0400);
            var cyrillicSpan = new Vector<ushort>(0xFF);
            while (units.Length - i >= width)
            {
                // A lane's count stays below 2^16 within a block.
                var blockEnd = Math.Min(units.Length - width, i + ((ushort.MaxValue - 1) * width));
                var latinLanes = Vector<ushort>.Zero;
                var cyrillicLanes = Vector<ushort>.Zero;
                for (; i <= blockEnd; i += width)
                {
                    var v = new Vector<ushort>(units[i..]);
                    latinLanes -= Vector.LessThanOrEqual((v | caseBit) - lowerA, letters);
                    cyrillicLanes -= Vector.LessThanOrEqual(v - cyrillicStart, cyrillicSpan);
                }
                latin += Sum(latinLanes);
                cyrillic += Sum(cyrillicLanes);
            }
        }
        foreach (var c in units[i..])
        {
            latin += (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? 1 : 0;
            cyrillic += (uint)(c - '\u0400') <= 0xFF ? 1 : 0;
        }
    }

    private static int Sum(Vector<ushort> lanes)
    {
        Vector.Widen(lanes, out var low, out var high);
        return (int)Vector.Sum(low + high);
    }
}
