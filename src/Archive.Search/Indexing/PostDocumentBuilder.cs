using System.Globalization;
using Archive.Parsing;
using Archive.Storage.Posts;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Search.Indexing;

/// <summary>Turns a stored post into its index document. Each field says here whether it is searched, filtered, stored for display, or doc-valued for sorting and facets.</summary>
public static class PostDocumentBuilder
{
    private static readonly FieldType WordsType = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    };

    public static Document Build(Post post)
    {
        var doc = new Document
        {
            // The unique key: UpdateDocument by this term makes re-indexing idempotent.
            new StringField(PostFields.Id, post.Id, Field.Store.YES),
            // Searched with morphology; stored so snippets are cut from the index without a store round-trip.
            new TextField(PostFields.Text, post.Text, Field.Store.YES),
            // Searched by prefix* only: unstemmed words, so "negotiat*" finds "negotiations". Docs only (no freqs,
            // positions or norms): a prefix query is constant-score, and this halves what the field costs to index.
            new Field(PostFields.Words, post.Text, WordsType),
            // Filter, display, facet.
            new StringField(PostFields.Channel, post.Channel.Name, Field.Store.YES),
            new SortedSetDocValuesField(PostFields.FacetChannel, new BytesRef(post.Channel.Name)),
            new StringField(PostFields.Language, post.Language, Field.Store.YES),
            new SortedSetDocValuesField(PostFields.FacetLanguage, new BytesRef(post.Language)),
            new StringField(PostFields.HasMedia, post.HasMedia ? PostFields.Yes : PostFields.No, Field.Store.YES),
            // Duplicates share it: related posts leave them out; verify compares it with the store.
            new StringField(PostFields.ContentHash, post.ContentHash, Field.Store.YES),
            // Sort by most reactions; stored for display.
            new NumericDocValuesField(PostFields.Reactions, post.ReactionTotal),
            new StoredField(PostFields.Reactions, post.ReactionTotal),
            new StoredField(PostFields.Confidence, post.PublishedConfidence.ToString()),
        };

        if (post.ForwardedFrom is { Length: > 0 } forwardedFrom)
        {
            doc.Add(new StringField(PostFields.ForwardedFrom, forwardedFrom, Field.Store.YES));
        }

        if (post.Published is { } published)
        {
            var key = PostFields.DateKey(published);
            // Range filter (trie-encoded) and display; the doc value sorts. Undated posts have no doc value and sort last.
            doc.Add(new Int32Field(PostFields.Published, key, Field.Store.YES));
            doc.Add(new NumericDocValuesField(PostFields.PublishedSort, key));
            doc.Add(new StringField(PostFields.Dated, PostFields.Yes, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(PostFields.FacetYear, new BytesRef(published.Year.ToString(CultureInfo.InvariantCulture))));
            doc.Add(new SortedSetDocValuesField(PostFields.FacetMonth, new BytesRef(published.ToString("yyyy-MM", CultureInfo.InvariantCulture))));
        }
        else
        {
            doc.Add(new StringField(PostFields.Dated, PostFields.No, Field.Store.NO));
        }

        foreach (var tag in post.Hashtags)
        {
            // Exact filter on the normalized name; the display spelling is what hits and facets show.
            doc.Add(new StringField(PostFields.Tag, Hashtags.Normalize(tag.Name), Field.Store.NO));
            doc.Add(new StoredField(PostFields.TagDisplay, tag.Display));
            doc.Add(new SortedSetDocValuesField(PostFields.FacetTag, new BytesRef(tag.Display)));
        }

        foreach (var year in post.MentionedDates.Select(d => d.Date.Year).Distinct())
        {
            doc.Add(new StringField(PostFields.MentionedYear, year.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        }
        return doc;
    }
}
