using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Analysis;

/// <summary>
/// After a camel-cased token ("WeWereAllies", "ДеньКосмонавтики") emits its parts stacked at the same position,
/// so a hashtag is found by its whole word and by the words inside it. Stacking (position increment 0) keeps
/// the positions of the following words, so phrases across the tag still match.
/// </summary>
public sealed class CamelCaseSplitFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<(string Part, int Start, int End)> _pending = new();

    public CamelCaseSplitFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            var (part, start, end) = _pending.Dequeue();
            _term.SetEmpty().Append(part);
            _offset.SetOffset(start, end);
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (!MaySplit(_term.Buffer.AsSpan(0, _term.Length)))
        {
            return true;
        }
        var word = _term.ToString();
        var parts = Split(word);
        if (parts.Count > 1)
        {
            var baseOffset = _offset.StartOffset;
            // Offsets only map to the source when the token is the source text itself (no char filter changed it).
            var exact = _offset.EndOffset - _offset.StartOffset == word.Length;
            foreach (var (partStart, partLength) in parts)
            {
                _pending.Enqueue((word.Substring(partStart, partLength),
                    exact ? baseOffset + partStart : _offset.StartOffset,
                    exact ? baseOffset + partStart + partLength : _offset.EndOffset));
            }
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }

    /// <summary>False when <see cref="Split"/> would return the word whole: most tokens are plain words, and this scan rules them out without allocating.</summary>
    internal static bool MaySplit(ReadOnlySpan<char> buffer)
    {
        for (var i = 1; i < buffer.Length; i++)
        {
            if (char.IsUpper(buffer[i]) || (char.IsDigit(buffer[i]) != char.IsDigit(buffer[i - 1])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Splits at lower→upper and letter↔digit changes: "WeWereAllies" → We, Were, Allies; "WWII" stays whole.</summary>
    public static List<(int Start, int Length)> Split(string word)
    {
        var parts = new List<(int, int)>();
        var start = 0;
        for (var i = 1; i < word.Length; i++)
        {
            var previous = word[i - 1];
            var current = word[i];
            var boundary = (char.IsLower(previous) && char.IsUpper(current))
                || (char.IsLetter(previous) && char.IsDigit(current))
                || (char.IsDigit(previous) && char.IsLetter(current))
                // "UNCharter": the last capital of a run starts the next word.
                || (char.IsUpper(previous) && char.IsUpper(current) && i + 1 < word.Length && char.IsLower(word[i + 1]));
            if (boundary)
            {
                parts.Add((start, i - start));
                start = i;
            }
        }
        parts.Add((start, word.Length - start));
        return parts;
    }
}
