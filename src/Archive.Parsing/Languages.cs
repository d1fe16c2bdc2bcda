namespace Archive.Parsing;

/// <summary>The language codes a post can carry.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Russian = "ru";
    public const string Mixed = "mixed";
}
