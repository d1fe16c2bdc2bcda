using Archive.Parsing;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Tests.Ingest;

/// <summary>Posts without text (media without a caption): all have the same content, and only their place tells them apart.</summary>
public sealed class MediaOnlyPostIngestTests
{
    private const string First = """
        Media is too big
        VIEW IN TELEGRAM
        👍5
        📍 Moscow, March 16, 2022
        The first text post says something long enough to count as a sentence.
        ❤1
        Media is too big
        VIEW IN TELEGRAM
        Forwarded from Russian MFA 🇷🇺
        🔥3
        """;

    private const string Second = """
        📍 Minsk, April 2, 2022
        The second file's post has a caption of its own, long enough to be a sentence.
        👍4
        Media is too big
        VIEW IN TELEGRAM
        👏1
        """;

    [Fact]
    public async Task Media_only_posts_of_two_files_of_a_channel_are_each_kept_once_across_re_ingests()
    {
        await using var store = await TempStore.CreateAsync();
        var first = Path.Combine(store.Dumps, "first.txt");
        var second = Path.Combine(store.Dumps, "second.txt");
        await File.WriteAllTextAsync(first, First);
        await File.WriteAllTextAsync(second, Second);
        var ingester = store.Ingester(DumpReader.Default);

        var results = new[]
        {
            await ingester.IngestFileAsync(first, "mfa"),
            await ingester.IngestFileAsync(second, "mfa"),
        };
        var again = new[]
        {
            await ingester.IngestFileAsync(first, "mfa"),
            await ingester.IngestFileAsync(second, "mfa"),
        };

        Assert.Equal([3, 2], results.Select(r => r.New));
        Assert.All(again, r => Assert.Equal(0, r.New + r.Updated));
        await using var db = store.NewContext();
        var mediaOnly = await db.Posts.Include(p => p.SourceFile).Include(p => p.Reactions)
            .Where(p => p.Text == "").OrderBy(p => p.SourceFile.FileName).ThenBy(p => p.SourceIndex).ToListAsync();
        Assert.Equal([("first.txt", 0, "👍"), ("first.txt", 2, "🔥"), ("second.txt", 1, "👏")],
            mediaOnly.Select(p => (p.SourceFile.FileName, p.SourceIndex, p.Reactions.Single().Emoji)));
        Assert.All(mediaOnly, p => Assert.True(p.HasMedia));
        Assert.Equal("Russian MFA 🇷🇺", mediaOnly[1].ForwardedFrom);
        Assert.Equal(3, mediaOnly.Select(p => p.Id).Distinct().Count());
        Assert.Equal(5, await db.Posts.CountAsync());
    }
}
