namespace Archive.Search.Snippets;

/// <summary>
/// A piece of a post's text to show with a hit, as plain text (not escaped), and the ranges of it to highlight: the
/// words the query matched, in order, apart from each other. The web makes HTML of it; the API and the CLI send it as is.
/// </summary>
/// <param name="Text">The window of the post's text, with "… " before and " …" after where the post goes on.</param>
/// <param name="Highlights">Ranges of <paramref name="Text"/>, in UTF-16 code units, ascending, not overlapping.</param>
public sealed record Snippet(string Text, IReadOnlyList<TextRange> Highlights)
{
    public static readonly Snippet Empty = new("", []);
}

/// <summary>A run of a string: its first index and its length, both in UTF-16 code units.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
