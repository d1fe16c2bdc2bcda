using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Analysis;

/// <summary>
/// Lets one analysis of a post's text feed two fields. While the text field is analysed, <see cref="WordsCaptureFilter"/>
/// records the lower-cased, ё-folded words (what <see cref="WordsAnalyzer"/> makes of the same text); the words
/// field then replays them instead of tokenizing the text a second time (docs/benchmarks.md, "Measured decisions").
/// </summary>
/// <remarks>
/// One per thread: Lucene inverts a whole document on the thread that adds it. A capture belongs to the text it was
/// made from (compared by reference), so the words field falls back to its own analysis whenever the capture is
/// missing, incomplete or of another text: replaying is only ever a shortcut, never a different answer.
/// </remarks>
internal sealed class WordsCapture
{
    [ThreadStatic] private static WordsCapture? _current;

    private char[] _chars = new char[4096];
    private int[] _ends = new int[512];
    private string? _text;
    private bool _recording;
    private bool _claimed;
    private bool _complete;

    public static WordsCapture Current => _current ??= new WordsCapture();

    public int Count { get; private set; }

    /// <summary>Starts recording the words of <paramref name="text"/>, forgetting any earlier capture.</summary>
    public void Begin(string text)
    {
        _text = text;
        _recording = true;
        _claimed = false;
        _complete = false;
        Count = 0;
    }

    /// <summary>Whether a finished capture of exactly this text (the same string instance) is at hand.</summary>
    public bool HasCompleteCaptureOf(string? text) => _complete && text is not null && ReferenceEquals(text, _text);

    public ReadOnlySpan<char> Word(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        return _chars.AsSpan(start, _ends[index] - start);
    }

    /// <summary>Hands the open capture to the one stream that analyses its text: false for any other stream on the thread.</summary>
    internal bool TryClaim()
    {
        if (!_recording || _claimed)
        {
            return false;
        }
        _claimed = true;
        return true;
    }

    internal void Add(char[] buffer, int length)
    {
        var start = Count == 0 ? 0 : _ends[Count - 1];
        if (start + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, start + length));
        }
        if (Count == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }
        Array.Copy(buffer, 0, _chars, start, length);
        _ends[Count++] = start + length;
    }

    internal void Finish()
    {
        _complete = _recording;
        _recording = false;
    }

    /// <summary>Drops a capture that did not run to its end (an exception mid-stream, a reset before the end).</summary>
    internal void Abandon()
    {
        _recording = false;
        _complete = false;
    }
}

/// <summary>Records each word of the stream into <see cref="WordsCapture.Current"/> while a capture is open; stacked camel-case parts are not words of the text and are left out.</summary>
internal sealed class WordsCaptureFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private WordsCapture? _capture;

    public WordsCaptureFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        var capture = WordsCapture.Current;
        _capture = capture.TryClaim() ? capture : null;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            _capture?.Finish();
            _capture = null;
            return false;
        }
        if (_capture is not null && _position.PositionIncrement > 0)
        {
            _capture.Add(_term.Buffer, _term.Length);
        }
        return true;
    }

    public override void End()
    {
        base.End();
        // A stream closed before its last token leaves a capture that must not be replayed.
        if (_capture is not null)
        {
            _capture.Abandon();
            _capture = null;
        }
    }
}

/// <summary>Replays a finished <see cref="WordsCapture"/> as a token stream, one word per position.</summary>
internal sealed class CapturedWordsStream : TokenStream
{
    [ThreadStatic] private static CapturedWordsStream? _current;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private WordsCapture? _capture;
    private int _next;

    private CapturedWordsStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>This thread's stream, set to replay <paramref name="capture"/>.</summary>
    public static CapturedWordsStream Over(WordsCapture capture)
    {
        var stream = _current ??= new CapturedWordsStream();
        stream._capture = capture;
        return stream;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    public override bool IncrementToken()
    {
        if (_capture is null || _next >= _capture.Count)
        {
            return false;
        }
        ClearAttributes();
        var word = _capture.Word(_next);
        var buffer = _term.ResizeBuffer(word.Length);
        word.CopyTo(buffer);
        _term.Length = word.Length;
        // The field keeps no positions or offsets; these only need to be well-formed.
        _offset.SetOffset(_next, _next + 1);
        _next++;
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_next, _next);
    }

    protected override void Dispose(bool disposing)
    {
        _capture = null;
        base.Dispose(disposing);
    }
}
