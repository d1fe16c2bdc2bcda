using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Codecs;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Archive.Search.Tests.Indexing;

/// <summary>The index's format on disk: the archive's codec, small stored-field chunks; and an index from before the codec still opens.</summary>
public class IndexFormatTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    [Fact]
    public void Segments_are_written_with_the_archive_codec()
    {
        using var directory = new IndexDirectory(archive.IndexPath);
        var infos = new SegmentInfos();
        infos.Read(directory);
        Assert.NotEmpty(infos.Segments);
        Assert.All(infos.Segments, segment => Assert.Equal(ArchiveCodec.RegisteredName, segment.Info.Codec.Name));
    }

    [Fact]
    public void Stored_fields_are_compressed_in_small_chunks()
    {
        var format = Assert.IsType<Lucene.Net.Codecs.Compressing.CompressingStoredFieldsFormat>(ArchiveCodec.Instance.StoredFieldsFormat);
        Assert.Contains($"chunkSize={ArchiveCodec.StoredFieldsChunkSize}", format.ToString(), StringComparison.Ordinal);
        // Every hit still loads whole through the new format.
        archive.Index.WithSearcher(searcher =>
        {
            for (var doc = 0; doc < searcher.IndexReader.MaxDoc; doc++)
            {
                Assert.False(string.IsNullOrEmpty(searcher.Doc(doc).Get(PostFields.Id)), $"doc {doc} has no id");
            }
            return 0;
        });
    }

    [Fact]
    public void An_index_written_with_lucenes_own_codec_still_opens_and_searches()
    {
        var path = Path.Combine(archive.Folder, "old-codec-" + Guid.NewGuid().ToString("N"));
        using (var directory = new IndexDirectory(path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new KeywordAnalyzer())
               { Codec = Codec.ForName("Lucene46") }))
        {
            // (With the place field: an index without it is rebuilt for that, whatever its codec.)
            var document = new Document { new StringField(PostFields.Id, "old-post", Field.Store.YES), new NumericDocValuesField(PostFields.Place, 0L) };
            writer.AddDocument(document);
            writer.Commit();
        }

        using var index = new SearchIndex(path);
        Assert.False(index.NeedsRebuild);
        var found = new PostSearcher(index, archive.Texts).Search(new SearchRequest());
        Assert.Equal(["old-post"], found.Hits.Select(h => h.Id));
    }
}
