using Archive.Search.Indexing;
using Archive.Search.Tests.Fixtures;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Tests.Indexing;

/// <summary>One reused document per indexing thread, and the words field fed from the text field's analysis: the index must hold exactly what separate analyses would give.</summary>
public class PostDocumentTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    [Fact]
    public void Each_documents_words_are_exactly_the_words_analyzers_words_of_its_text()
    {
        var indexed = archive.Index.WithSearcher(searcher =>
        {
            var byPost = new Dictionary<string, SortedSet<string>>();
            var reader = searcher.IndexReader;
            var terms = MultiFields.GetTerms(reader, PostFields.Words);
            var termsEnum = terms.GetEnumerator();
            var liveDocs = MultiFields.GetLiveDocs(reader);
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                var docs = termsEnum.Docs(liveDocs, null);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var id = searcher.Doc(docs.DocID).Get(PostFields.Id);
                    if (!byPost.TryGetValue(id, out var set))
                    {
                        byPost[id] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }
                    set.Add(term);
                }
            }
            return byPost;
        });

        Assert.Equal(archive.Posts.Count, indexed.Count);
        foreach (var post in archive.Posts)
        {
            Assert.Equal(WordsOf(post.Text), indexed[post.Id]);
        }
    }

    [Fact]
    public void The_words_field_gives_the_same_words_with_or_without_the_text_field_analysed_before_it()
    {
        var post = archive.Posts.First(p => p.Hashtags.Count > 0);
        var fields = new PostDocument().Fill(post).ToList();
        // The first text value is the post's own; a forward's source follows it as a second one.
        var text = fields.First(f => f.Name == PostFields.Text);
        var words = fields.Single(f => f.Name == PostFields.Words);

        var alone = TokenStreams.Terms(words.GetTokenStream(SearchIndex.IndexAnalyzer));
        TokenStreams.Terms(text.GetTokenStream(SearchIndex.IndexAnalyzer));
        var replayed = TokenStreams.Terms(words.GetTokenStream(SearchIndex.IndexAnalyzer));

        Assert.Equal(WordsOf(post.Text), new SortedSet<string>(alone, StringComparer.Ordinal));
        Assert.Equal(alone, replayed);
    }

    [Fact]
    public void The_text_is_searched_but_not_kept_in_the_index()
    {
        // Hits and related posts take the text from the store; a stored copy would cost every rebuild its compression.
        var texts = new PostDocument().Fill(archive.Posts[0]).Where(f => f.Name == PostFields.Text).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.True(text.IndexableFieldType.IsIndexed));
        Assert.All(texts, text => Assert.False(text.IndexableFieldType.IsStored));
    }

    [Fact]
    public void A_reused_document_carries_nothing_of_the_post_before()
    {
        var rich = archive.Posts.First(p => p.Hashtags.Count > 0 && p.Published is not null && p.MentionedDates.Count > 0);
        var plain = archive.Posts.First(p => p.Hashtags.Count == 0 && p.Published is null && p.MentionedDates.Count == 0);
        var document = new PostDocument();
        document.Fill(rich);

        var fields = document.Fill(plain).ToList();

        Assert.Equal(plain.Id, fields.Single(f => f.Name == PostFields.Id).GetStringValue());
        Assert.Equal(plain.Text, fields.Single(f => f.Name == PostFields.Text).GetStringValue());
        Assert.DoesNotContain(fields, f => f.Name is PostFields.Tag or PostFields.TagDisplay or PostFields.FacetTag
            or PostFields.MentionedYear or PostFields.Published or PostFields.FacetMonth);
        Assert.Equal(PostFields.No, fields.Single(f => f.Name == PostFields.Dated).GetStringValue());
    }

    private static SortedSet<string> WordsOf(string text) => new(TokenStreams.Terms(SearchIndex.WordsAnalyzer.GetTokenStream(PostFields.Words, text)), StringComparer.Ordinal);
}
