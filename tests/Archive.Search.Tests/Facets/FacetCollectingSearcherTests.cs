using Archive.Search.Facets;
using Archive.Search.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Search.Tests.Facets;

/// <summary>
/// The searcher's own hit loop against Lucene's: the same hits, scores and facet counts for every shape of query the
/// parser builds, over two segments with deleted documents.
/// </summary>
public class FacetCollectingSearcherTests
{
    private const int Posts = 3000;

    public static TheoryData<string> Queries => new() { "term", "conjunction", "disjunction", "exclusion", "phrase", "filtered", "all" };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Finds_what_Lucenes_own_loop_finds(string shape)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            for (var i = 0; i < Posts; i++)
            {
                writer.AddDocument(new Document
                {
                    new TextField("body", Body(i), Field.Store.NO),
                    new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO),
                    new StringField("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
                    new SortedSetDocValuesField(PostFields.FacetChannel, new BytesRef($"channel-{i % 13}")),
                    new SortedSetDocValuesField(PostFields.FacetLanguage, new BytesRef(i % 3 == 0 ? "ru" : "en")),
                });
                if (i == Posts / 2)
                {
                    writer.Commit();
                }
            }
            // Deleted documents must not be collected: every seventh, in both segments.
            for (var i = 0; i < Posts; i += 7)
            {
                writer.DeleteDocuments(new Term("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count > 1 && reader.HasDeletions);
        var query = Build(shape);

        var (expectedTotal, expectedHits, expectedChannels) = Run(new IndexSearcher(reader), query);
        var (total, hits, channels) = Run(new FacetCollectingSearcher(reader), query);

        Assert.True(expectedTotal > 0);
        Assert.Equal(expectedTotal, total);
        Assert.Equal(expectedHits, hits);
        Assert.Equal(expectedChannels, channels);
    }

    private static (int Total, List<(int Doc, float Score)> Hits, List<(string, int)> Channels) Run(IndexSearcher searcher, Query query)
    {
        var top = TopScoreDocCollector.Create(100, docsScoredInOrder: false);
        var facets = new FacetCollector(top);
        searcher.Search(query, facets);
        var channels = facets.Result(maxChannels: int.MaxValue).Channels.Select(c => (c.Value, c.Count)).ToList();
        return (top.TotalHits, top.GetTopDocs().ScoreDocs.Select(s => (s.Doc, s.Score)).ToList(), channels);
    }

    // Words with frequencies and lengths that vary from post to post, so the scores differ.
    private static string Body(int i) => string.Join(' ', Enumerable.Repeat("alpha", i % 2 == 0 ? 1 + i % 4 : 0)
        .Concat(i % 3 == 0 ? ["beta"] : [])
        .Concat(i % 5 == 0 ? ["gamma", "alpha"] : [])
        .Concat(Enumerable.Repeat("filler", i % 6))
        .Append("delta"));

    private static Query Build(string shape)
    {
        TermQuery Word(string word) => new(new Term("body", word));
        return shape switch
        {
            "term" => Word("alpha"),
            "conjunction" => new BooleanQuery { { Word("alpha"), Occur.MUST }, { Word("beta"), Occur.MUST } },
            "disjunction" => new BooleanQuery { { Word("beta"), Occur.SHOULD }, { Word("gamma"), Occur.SHOULD } },
            "exclusion" => new BooleanQuery { { Word("alpha"), Occur.MUST }, { Word("beta"), Occur.MUST_NOT } },
            "phrase" => new PhraseQuery { new Term("body", "gamma"), new Term("body", "alpha") },
            "filtered" => new FilteredQuery(Word("beta"), new QueryWrapperFilter(new TermQuery(new Term("parity", "even")))),
            _ => new MatchAllDocsQuery(),
        };
    }
}
