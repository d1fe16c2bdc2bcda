namespace Archive.Parsing;

/// <summary>The language codes a post can carry.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Russian = "ru";
    public const string Mixed = "mixed";

    /// <summary>Every code, in the order the filters list them: what a search's language filter may name.</summary>
    public static readonly IReadOnlyList<string> All = [English, Russian, Mixed];
}
