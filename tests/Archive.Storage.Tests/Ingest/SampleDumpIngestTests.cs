using Archive.Parsing;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Tests.Ingest;

/// <summary>The real sample dumps through the real parsers: green once the parsing branch is merged.</summary>
[Trait("Needs", "parsers")]
public sealed class SampleDumpIngestTests
{
    private static readonly string[] Seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Every_sample_dump_goes_in_and_a_second_ingest_adds_nothing()
    {
        await using var store = await TempStore.CreateAsync();
        var ingester = store.Ingester(DumpReader.Default);

        var first = new List<Archive.Storage.Ingest.FileIngestResult>();
        foreach (var seed in Seeds)
        {
            first.Add(await ingester.IngestFileAsync(seed));
        }
        var count = await store.NewContext().Posts.CountAsync();
        var second = new List<Archive.Storage.Ingest.FileIngestResult>();
        foreach (var seed in Seeds)
        {
            second.Add(await ingester.IngestFileAsync(seed));
        }

        Assert.Equal(5, Seeds.Length);
        Assert.All(first, r => Assert.True(r.Error is null, $"{r.Path}: {r.Error}"));
        Assert.All(first, r => Assert.True(r.New > 0, $"{r.Path}: no posts"));
        // 004 is a dated article: one file, one post.
        Assert.Equal(1, first.Single(r => r.Path.EndsWith("004_863b25e67bf338d3.txt", StringComparison.Ordinal)).New);
        Assert.All(second, r => Assert.Equal(0, r.New + r.Updated));
        Assert.Equal(count, await store.NewContext().Posts.CountAsync());
    }

    [Fact]
    public async Task A_sample_dump_with_posts_appended_gains_only_the_appended_posts()
    {
        await using var store = await TempStore.CreateAsync();
        var ingester = store.Ingester(DumpReader.Default);
        var path = Path.Combine(store.Dumps, "mfa.txt");
        var lines = File.ReadAllLines(Seeds[2]);
        // Cut at a reactions line (one that ends a post) about halfway, so the first part is whole posts.
        var cut = Enumerable.Range(lines.Length / 2, lines.Length / 2).First(i => System.Text.RegularExpressions.Regex.IsMatch(lines[i], @"^(\p{So}|\p{Cs})+\d+"));
        File.WriteAllLines(path, lines[..(cut + 1)]);
        var firstHalf = await ingester.IngestFileAsync(path);

        File.WriteAllLines(path, lines);
        var whole = await ingester.IngestFileAsync(path);

        Assert.Null(whole.Error);
        Assert.Equal(firstHalf.New, whole.Unchanged + whole.Updated);
        Assert.Equal(firstHalf.New + whole.New, await store.NewContext().Posts.CountAsync());
    }

    [Fact]
    public async Task Files_read_ahead_make_the_same_store_as_files_one_at_a_time()
    {
        await using var oneByOne = await TempStore.CreateAsync();
        foreach (var seed in Seeds)
        {
            await oneByOne.Ingester(DumpReader.Default).IngestFileAsync(seed);
        }
        await using var readAhead = await TempStore.CreateAsync();
        var ingester = readAhead.Ingester(DumpReader.Default);

        var first = await ingester.IngestFilesAsync(Seeds).ToListAsync();
        var second = await ingester.IngestFilesAsync(Seeds).ToListAsync();

        Assert.Equal(Seeds, first.Select(r => r.Path));
        Assert.All(first, r => Assert.True(r.Error is null && r.New > 0, $"{r.Path}: {r.Error ?? "no posts"}"));
        Assert.All(second, r => Assert.True(r.Skipped, $"{r.Path} was read again"));
        static async Task<List<string>> Rows(ArchiveDbContext db) =>
            await db.Posts.OrderBy(p => p.Id)
                .Select(p => p.Id + "|" + p.SourceFile.FileName + "|" + p.SourceIndex + "|" + p.Fingerprint + "|" + p.Channel.Name + "|" + p.ReactionTotal)
                .ToListAsync();
        Assert.Equal(await Rows(oneByOne.NewContext()), await Rows(readAhead.NewContext()));
    }
}
