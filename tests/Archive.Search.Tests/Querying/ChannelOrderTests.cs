using Archive.Parsing;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;
using Archive.Storage.Channels;
using Archive.Storage.Posts;
using Archive.Storage.Sources;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;

namespace Archive.Search.Tests.Querying;

/// <summary>Oldest and newest first put a day's posts in their channel's order (file, then place), whatever order the store wrote them in.</summary>
public class ChannelOrderTests : IAsyncLifetime
{
    private const string Channel = "Ordered Channel";
    private readonly IndexedArchive _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    [Fact]
    public async Task Posts_of_one_day_sort_by_file_then_place_not_by_when_they_were_stored()
    {
        await using (var db = _archive.OpenStore())
        {
            var channel = new Channel { Name = Channel };
            var first = new SourceFile { Path = "/dumps/a.txt", FileName = "a.txt", ContentHash = "a" };
            var second = new SourceFile { Path = "/dumps/b.txt", FileName = "b.txt", ContentHash = "b" };
            db.SourceFiles.AddRange(first, second);
            await db.SaveChangesAsync();
            // Stored out of place order, as a dump that gained posts at its start is: places 2-5, then 0 and 1, then the second file.
            foreach (var (file, index) in new[] { (first, 2), (first, 3), (first, 4), (first, 5), (first, 0), (first, 1), (second, 0), (second, 1) })
            {
                db.Posts.Add(new Post
                {
                    Id = $"{file.FileName[0]}{index}",
                    Channel = channel,
                    SourceFile = file,
                    SourceIndex = index,
                    Text = $"Post {index} of {file.FileName}",
                    ContentHash = $"{file.FileName}{index}",
                    Language = Languages.English,
                    Published = new DateOnly(2025, 3, 1),
                    PublishedConfidence = DateConfidence.Inferred,
                });
            }
            await db.SaveChangesAsync();
            await _archive.Indexer.RebuildAsync(db);
        }

        string[] inOrder = ["a0", "a1", "a2", "a3", "a4", "a5", "b0", "b1"];
        Assert.Equal(inOrder, Ids(SearchSort.Oldest));
        Assert.Equal(inOrder.Reverse(), Ids(SearchSort.Newest));
    }

    [Fact]
    public void An_index_built_before_posts_had_their_place_is_rebuilt_when_opened()
    {
        Assert.False(_archive.Index.NeedsRebuild);
        // What an index of an earlier version holds: documents without the place field.
        _archive.Index.Writer.DeleteAll();
        _archive.Index.Writer.AddDocument([new StringField(PostFields.Id, "old", Field.Store.YES)]);
        _archive.Index.Writer.Commit();
        _archive.Index.Dispose();

        using var reopened = new SearchIndex(_archive.IndexPath);

        Assert.True(reopened.NeedsRebuild);
    }

    private List<string> Ids(SearchSort sort) =>
        _archive.Searcher.Search(new SearchRequest { Channels = [Channel], Sort = sort, WithFacets = false }).Hits.Select(h => h.Id).ToList();
}
