using System.Text;

namespace Archive.Parsing.Tests.Text;

/// <summary>Each bad file gets one clear line naming it; nothing else is thrown.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static InvalidDumpException Reject(string path, ParseOptions? options = null)
    {
        return Assert.Throws<InvalidDumpException>(() => DumpReader.Default.Open(path, options ?? new ParseOptions()).Posts.ToList());
    }

    private static void AssertOneLineNaming(InvalidDumpException e, string file, string what)
    {
        Assert.StartsWith(file + ":", e.Message);
        Assert.Contains(what, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Empty_file_is_rejected_as_empty()
    {
        var e = Reject(temp.Write("empty.txt", []));
        AssertOneLineNaming(e, "empty.txt", "empty");
    }

    [Fact]
    public void Binary_file_is_rejected_as_binary()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var e = Reject(temp.Write("picture.jpg", bytes));
        AssertOneLineNaming(e, "picture.jpg", "binary");
    }

    [Fact]
    public void Nul_bytes_after_a_text_head_are_rejected_while_reading()
    {
        var text = string.Concat(Enumerable.Repeat("Some text of a post that goes on for a while.\n", 200));
        var e = Reject(temp.Write("late-nul.txt", [.. Encoding.UTF8.GetBytes(text), 0, 0, 0, .. "more\n"u8]));
        AssertOneLineNaming(e, "late-nul.txt", "NUL");
    }

    [Fact]
    public void A_five_megabyte_line_is_rejected_without_reading_it_whole()
    {
        var bytes = new byte[5 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');
        var e = Reject(temp.Write("one-line.txt", bytes));
        AssertOneLineNaming(e, "one-line.txt", "longer than");
    }

    [Fact]
    public void The_line_length_limit_comes_from_the_options()
    {
        var path = temp.Write("long.txt", Encoding.UTF8.GetBytes("short line\n" + new string('x', 500) + "\n"));
        var e = Reject(path, new ParseOptions { MaxLineLength = 100 });
        AssertOneLineNaming(e, "long.txt", "line 2 is longer than 100");
    }

    [Fact]
    public void A_file_of_only_noise_lines_has_no_posts()
    {
        // (A media placeholder is not noise: with its reactions it is a post without text.)
        var path = temp.Write("noise.txt", Encoding.UTF8.GetBytes(
            "Please open Telegram to view this post\nVIEW IN TELEGRAM\n\nVIEW IN TELEGRAM\n👍3\n"));
        var e = Reject(path);
        AssertOneLineNaming(e, "noise.txt", "no posts found");
    }

    [Fact]
    public void A_file_cut_inside_a_utf8_character_is_called_truncated()
    {
        var bytes = Encoding.UTF8.GetBytes("Forwarded from Russian MFA\nПривет, мир");
        var e = Reject(temp.Write("cut.txt", bytes[..^1]));
        AssertOneLineNaming(e, "cut.txt", "ends inside a UTF-8 character: truncated?");
    }

    [Fact]
    public void A_large_file_cut_inside_a_utf8_character_is_rejected_when_opened()
    {
        var text = string.Concat(Enumerable.Repeat("Строка поста на русском языке, довольно длинная.\n", 500));
        var path = temp.Write("big-cut.txt", Encoding.UTF8.GetBytes(text + "ё")[..^1]);
        var e = Assert.Throws<InvalidDumpException>(() => DumpReader.Default.Open(path, new ParseOptions()));
        AssertOneLineNaming(e, "big-cut.txt", "truncated?");
    }

    [Fact]
    public void A_missing_path_is_named()
    {
        var e = Reject(Path.Combine(temp.Path, "nowhere.txt"));
        AssertOneLineNaming(e, "nowhere.txt", "not found");
    }

    [Fact]
    public void A_folder_is_not_a_dump()
    {
        var e = Reject(temp.Path);
        Assert.Contains("folder", e.Message);
    }

    [Fact]
    public void A_path_the_system_cannot_open_is_named()
    {
        var name = new string('n', 300) + ".txt";
        var e = Reject(Path.Combine(temp.Path, name));
        AssertOneLineNaming(e, name, "cannot be read");
    }
}
