using Archive.Search.Facets;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Search.Tests.Facets;

/// <summary>
/// The facet collector on generated segments: channel, language and month counted together per tuple when the tuples
/// are few, hit by hit when nearly every post has its own tuple; hashtags counted per set of a post's tags when the sets
/// are few, tag by tag when nearly every post has its own; the counts are the same either way.
/// </summary>
public class FacetCollectorTests
{
    private const int Posts = 6000;

    [Theory]
    [InlineData(12, true, false)]
    [InlineData(Posts, false, false)]
    [InlineData(12, true, true)]
    public void Counts_match_the_documents_whether_or_not_the_fields_are_combined(int channels, bool combined, bool ownTags)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            for (var i = 0; i < Posts; i++)
            {
                var document = new Document
                {
                    new SortedSetDocValuesField(PostFields.FacetChannel, new BytesRef(Channel(i, channels))),
                    new SortedSetDocValuesField(PostFields.FacetLanguage, new BytesRef(Language(i))),
                };
                if (Month(i) is { } month)
                {
                    document.Add(new SortedSetDocValuesField(PostFields.FacetMonth, new BytesRef(month)));
                }
                foreach (var tag in Tags(i, ownTags))
                {
                    document.Add(new SortedSetDocValuesField(PostFields.FacetTag, new BytesRef(tag)));
                }
                writer.AddDocument(document);
            }
            writer.ForceMerge(1);
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        var segment = FacetOrdinals.For(reader.Leaves[0].AtomicReader, FacetCollector.Fields);
        Assert.Equal(combined ? 3 : 0, segment.Combinations.Fields.Length);
        var tagField = Array.IndexOf(FacetCollector.Fields, PostFields.FacetTag);
        Assert.Equal(!ownTags, segment.Sets[tagField] is not null);

        // Every third post, so the counts differ from the field's totals.
        var facets = new FacetCollector(TopScoreDocCollector.Create(10, docsScoredInOrder: true));
        searcher.Search(new MatchAllDocsQuery(), new EveryThird(), facets);
        var result = facets.Result(maxTags: int.MaxValue, maxChannels: int.MaxValue);

        var hits = Enumerable.Range(0, Posts).Where(i => i % 3 == 0).ToList();
        FacetAssert.Counts(hits.GroupBy(i => Channel(i, channels)), result.Channels);
        FacetAssert.Counts(hits.GroupBy(Language), result.Languages);
        FacetAssert.Counts(hits.Where(i => Month(i) is not null).GroupBy(i => Month(i)!), result.Months);
        // A post's tags are distinct, so the (post, tag) pairs per tag are the posts with it.
        FacetAssert.Counts(hits.SelectMany(i => Tags(i, ownTags)).GroupBy(t => t), result.Hashtags);
    }

    private static string Channel(int i, int channels) => $"channel-{i % channels}";

    private static string Language(int i) => (i % 3) switch { 0 => "en", 1 => "ru", _ => "mixed" };

    private static string? Month(int i) => i % 11 == 0 ? null : $"20{10 + i % 7}-{1 + i % 12:00}";

    // With ownTags nearly every post's set of tags is its own, too many sets to number.
    private static string[] Tags(int i, bool ownTags) =>
        ownTags && i % 4 != 0 ? [$"tag{i % 5}", $"own{i}"] : i % 4 == 0 ? [] : i % 4 == 1 ? [$"tag{i % 5}"] : [$"tag{i % 5}", $"other{i % 3}"];

    /// <summary>Lets every third document through.</summary>
    private sealed class EveryThird : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            for (var doc = 0; doc < context.AtomicReader.MaxDoc; doc++)
            {
                if ((context.DocBase + doc) % 3 == 0)
                {
                    bits.Set(doc);
                }
            }
            return bits;
        }
    }
}
