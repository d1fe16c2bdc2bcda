using Lucene.Net.Tartarus.Snowball.Ext;

namespace Archive.Search.Analysis;

/// <summary>Stems one lower-cased word by its script: Cyrillic through Snowball Russian, Latin through Snowball English (Porter2).</summary>
/// <remarks>Not thread-safe: the Snowball programs keep state, so each token stream owns one.</remarks>
internal sealed class ScriptStemmer
{
    private readonly RussianStemmer _russian = new();
    private readonly EnglishStemmer _english = new();

    /// <summary>Stems <paramref name="buffer"/>[0..length) in place-compatible form; returns the stem's buffer and length.</summary>
    public (char[] Buffer, int Length) Stem(char[] buffer, int length)
    {
        var script = ScriptOf(buffer, length);
        if (script == Script.Other)
        {
            return (buffer, length);
        }
        Lucene.Net.Tartarus.Snowball.SnowballProgram program = script == Script.Cyrillic ? _russian : _english;
        program.SetCurrent(buffer, length);
        program.Stem();
        return (program.CurrentBuffer, program.CurrentBufferLength);
    }

    public string Stem(string word)
    {
        var chars = word.ToCharArray();
        var (buffer, length) = Stem(chars, chars.Length);
        return new string(buffer, 0, length);
    }

    private enum Script { Other, Latin, Cyrillic }

    // A token is routed by its letters: any Cyrillic letter makes it Russian (mixed-script tokens are rare and
    // usually Russian words with a Latin look-alike letter); digits-only tokens are left alone.
    private static Script ScriptOf(char[] buffer, int length)
    {
        var latin = false;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c is >= '\u0400' and <= '\u04FF')
            {
                return Script.Cyrillic;
            }
            if (c is >= 'a' and <= 'z')
            {
                latin = true;
            }
        }
        return latin ? Script.Latin : Script.Other;
    }
}
