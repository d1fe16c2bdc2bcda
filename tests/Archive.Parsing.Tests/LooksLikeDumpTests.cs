using System.Text;
using Archive.Parsing.Tests.TelegramExports;

namespace Archive.Parsing.Tests;

/// <summary>Which files found in a folder an ingest takes: the dumps (by their content), not the notes or sources beside them.</summary>
public sealed class LooksLikeDumpTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Write(string name, string text) => temp.Write(name, Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData(Seeds.File000)]
    [InlineData(Seeds.File001)]
    [InlineData(Seeds.File002)]
    [InlineData(Seeds.File003)]
    [InlineData(Seeds.File004)]
    public void Every_sample_dump_looks_like_one(string file) =>
        Assert.True(DumpReader.Default.LooksLikeDump(Seeds.PathOf(file)));

    [Fact]
    public void Telegram_exports_look_like_dumps()
    {
        Assert.True(DumpReader.Default.LooksLikeDump(ExportFixtures.Path("channel_result.json")));
        Assert.True(DumpReader.Default.LooksLikeDump(ExportFixtures.Path("html_export", "messages.html")));
    }

    [Theory]
    // Each mark of the web preview alone is enough.
    [InlineData("A post about the parade in the square\n👍18❤8\n")]
    [InlineData("Forwarded from Russian MFA 🇷🇺\nA post about the parade\n")]
    [InlineData("Media is too big\nA post about the parade\n")]
    [InlineData("A post about the parade\nVIEW IN TELEGRAM\n")]
    [InlineData("Please open Telegram to view this post\n")]
    // The doubled rendering: a one-line body twice in a row, or a longer body whose second copy lacks its first line.
    [InlineData("The parade crossed the square at noon today.\nThe parade crossed the square at noon today.\n")]
    [InlineData("Headline of the post about the parade\nThe parade crossed the square at noon today.\nIt was the first of its kind in the city.\nThe parade crossed the square at noon today.\nIt was the first of its kind in the city.\n")]
    public void A_text_with_a_mark_of_the_web_preview_looks_like_a_channel_dump(string text) =>
        Assert.True(DumpReader.Default.LooksLikeDump(Write("dump.txt", text)));

    [Fact]
    public void A_long_dump_without_any_marker_still_looks_like_one_by_its_doubled_bodies()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            text.Append($"📰 Post number {i} opens with a headline line\n");
            text.Append($"The body of post number {i} is one long paragraph.\n");
            text.Append($"The body of post number {i} is one long paragraph.\n");
        }

        Assert.True(DumpReader.Default.LooksLikeDump(Write("long-run.txt", text.ToString())));
    }

    [Theory]
    [InlineData("notes.md", "# Notes\n\nThings to ingest next week:\n\n- the June dumps\n- the July dumps\n\nAsk about the missing reactions.\n")]
    [InlineData("README.txt", "These are the dumps of the channel, one file a month.\nCopied from the web preview by hand.\n")]
    [InlineData("Program.cs", "using System;\n\nnamespace Demo;\n\npublic static class Program\n{\n    public static int Main(string[] args)\n    {\n        if (args.Length == 0)\n        {\n            Console.Error.WriteLine(\"usage: demo FILE\");\n            return 2;\n        }\n        Console.WriteLine(args[0]);\n        return 0;\n    }\n}\n")]
    public void Notes_readmes_and_sources_do_not_look_like_dumps(string name, string text) =>
        Assert.False(DumpReader.Default.LooksLikeDump(Write(name, text)));

    [Fact]
    public void The_repository_docs_and_sources_do_not_look_like_dumps()
    {
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repository.FullName, "README.md")) || !Directory.Exists(Path.Combine(repository.FullName, "docs")))
        {
            repository = repository.Parent ?? throw new DirectoryNotFoundException("no repository above " + AppContext.BaseDirectory);
        }

        // The format's own description quotes every marker, inside tables and code: still not a dump.
        foreach (var file in new[] { "README.md", "docs/dump-format.md", "docs/parsing.md", "src/Archive.Parsing/ChannelDumps/ChannelLine.cs", "src/Archive.Parsing/DumpReader.cs" })
        {
            Assert.False(DumpReader.Default.LooksLikeDump(Path.Combine(repository.FullName, file)), file);
        }
    }

    [Fact]
    public void An_empty_or_missing_file_counts_as_one_so_the_ingest_rejects_it_by_name()
    {
        Assert.True(DumpReader.Default.LooksLikeDump(Write("empty.txt", "")));
        Assert.True(DumpReader.Default.LooksLikeDump(Path.Combine(temp.Path, "missing.txt")));
    }

    [Fact]
    public void A_binary_file_does_not_look_like_a_dump() =>
        Assert.False(DumpReader.Default.LooksLikeDump(temp.Write("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1])));
}
