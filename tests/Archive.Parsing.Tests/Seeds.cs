namespace Archive.Parsing.Tests;

/// <summary>The five sample dumps, copied next to the tests, parsed once per test class.</summary>
public sealed class Seeds
{
    public const string File000 = "000_abad6c2d1bf5c3df.txt";
    public const string File001 = "001_324c6b84bf7a6647.txt";
    public const string File002 = "002_6ee4fa6b530b69cc.txt";
    public const string File003 = "003_938382bba7e78ea9.txt";
    public const string File004 = "004_863b25e67bf338d3.txt";

    private readonly Dictionary<string, (string Format, List<ParsedPost> Posts)> parsed = [];

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "seeds", file);

    public (string Format, List<ParsedPost> Posts) Read(string file)
    {
        lock (parsed)
        {
            if (!parsed.TryGetValue(file, out var result))
            {
                var contents = DumpReader.Default.Open(PathOf(file), new ParseOptions());
                result = (contents.Format, contents.Posts.ToList());
                parsed[file] = result;
            }

            return result;
        }
    }

    public List<ParsedPost> Posts(string file) => Read(file).Posts;
}

/// <summary>Helpers for asserting on a post's text.</summary>
public static class PostText
{
    public static string[] Lines(this ParsedPost post) => post.Text.Split('\n');

    public static int CountLinesStartingWith(this ParsedPost post, string start) =>
        post.Lines().Count(l => l.StartsWith(start, StringComparison.Ordinal));

    public static KeyValuePair<string, int>[] R(params (string Emoji, int Count)[] pairs) =>
        [.. pairs.Select(p => new KeyValuePair<string, int>(p.Emoji, p.Count))];
}
