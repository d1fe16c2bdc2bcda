using System.Globalization;
using Archive.Parsing;
using Archive.Search.Analysis;
using Archive.Storage.Posts;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Search.Indexing;

/// <summary>
/// Turns stored posts into index documents. Each field says here whether it is searched, filtered, stored for display,
/// or doc-valued for sorting and facets.
/// </summary>
/// <remarks>
/// One instance per indexing thread, refilled for every post: Lucene's advice for bulk indexing. A new field allocates
/// its token stream and attribute maps on first use, which cost more than the field's value; a reused one keeps them.
/// Not thread-safe; a filled document is valid until the next <see cref="Fill"/>.
/// </remarks>
public sealed class PostDocument
{
    private static readonly FieldType WordsType = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    };

    private readonly List<IIndexableField> _fields = new(32);

    // The unique key: UpdateDocument by this term makes re-indexing idempotent.
    private readonly StringField _id = new(PostFields.Id, "", Field.Store.YES);
    // Searched with morphology; not stored: snippets and related posts read the text from the store (Storage's Posts/PostTextReader).
    private readonly TextWithWordsField _text = new(PostFields.Text, TextField.TYPE_NOT_STORED);
    // Searched by prefix* only: unstemmed words, so "negotiat*" finds "negotiations". Docs only (no freqs,
    // positions or norms): a prefix query is constant-score, and this halves what the field costs to index.
    private readonly CapturedWordsField _words = new(PostFields.Words, WordsType);
    // Filter, display, facet.
    private readonly StringField _channel = new(PostFields.Channel, "", Field.Store.YES);
    private readonly SortedSetDocValuesField _facetChannel = new(PostFields.FacetChannel, new BytesRef());
    private readonly StringField _language = new(PostFields.Language, "", Field.Store.YES);
    private readonly SortedSetDocValuesField _facetLanguage = new(PostFields.FacetLanguage, new BytesRef());
    private readonly StringField _hasMedia = new(PostFields.HasMedia, "", Field.Store.YES);
    // Duplicates share it: related posts leave them out; verify compares it with the store. Stored, not indexed: a
    // 64-character term unique to nearly every post cost more to write into the term dictionary than all the other
    // fields' terms (docs/benchmarks.md), and both readers have the document in hand anyway.
    private readonly StoredField _contentHash = new(PostFields.ContentHash, "");
    // Sort by most reactions; stored for display.
    private readonly NumericDocValuesField _reactions = new(PostFields.Reactions, 0L);
    private readonly StoredField _reactionsStored = new(PostFields.Reactions, 0);
    // "copies=yes": whether other posts carry the same text (found at ingest); the channels they are in besides this
    // one's, stored for "also in N channels", only on posts with copies.
    private readonly StringField _hasCopies = new(PostFields.HasCopies, PostFields.Yes, Field.Store.NO);
    private readonly StringField _noCopies = new(PostFields.HasCopies, PostFields.No, Field.Store.NO);
    private readonly StoredField _copyChannels = new(PostFields.CopyChannels, 0);
    private readonly StoredField _confidence = new(PostFields.Confidence, "");
    // A forward's source: an exact filter, display, facet, and words of the text field, so that searching for the
    // source's name finds what was forwarded from it (a second value of the field: its positions do not join the text's).
    private readonly StringField _forwardedFrom = new(PostFields.ForwardedFrom, "", Field.Store.YES);
    private readonly SortedSetDocValuesField _facetForwarded = new(PostFields.FacetForwarded, new BytesRef());
    private readonly Field _forwardedWords = new(PostFields.Text, "", TextField.TYPE_NOT_STORED);
    // Range filter (trie-encoded) and display; the doc value sorts. Undated posts have no doc value and sort last.
    private readonly Int32Field _published = new(PostFields.Published, 0, Field.Store.YES);
    private readonly NumericDocValuesField _publishedSort = new(PostFields.PublishedSort, 0L);
    // Posts of one day in the channel's order (file, then place in it), for "oldest" and "newest" first.
    private readonly NumericDocValuesField _place = new(PostFields.Place, 0L);
    private readonly StringField _dated = new(PostFields.Dated, PostFields.Yes, Field.Store.NO);
    private readonly StringField _undated = new(PostFields.Dated, PostFields.No, Field.Store.NO);
    // The days a post can have been published on, for the date filter's overlap test: every dated post has both (a
    // stated date's are its day; an open side of an inferred range counts as its best day, so a file's last undated
    // posts do not match every later filter). Stored apart, and only for an inferred post's known sides, for display.
    private readonly Int32Field _earliest = new(PostFields.PublishedEarliest, 0, Field.Store.NO);
    private readonly Int32Field _latest = new(PostFields.PublishedLatest, 0, Field.Store.NO);
    private readonly StoredField _earliestStored = new(PostFields.PublishedEarliest, 0);
    private readonly StoredField _latestStored = new(PostFields.PublishedLatest, 0);
    // "Dated posts only": a date the post or its source states (exact, explicit), not one inferred.
    private readonly StringField _stated = new(PostFields.Stated, PostFields.Yes, Field.Store.NO);
    private readonly SortedSetDocValuesField _facetMonth = new(PostFields.FacetMonth, new BytesRef());
    // Per tag: an exact filter on the normalized name; the display spelling is what hits and facets show.
    private readonly FieldPool<StringField> _tags = new(() => new StringField(PostFields.Tag, "", Field.Store.NO));
    private readonly FieldPool<StoredField> _tagDisplays = new(() => new StoredField(PostFields.TagDisplay, ""));
    private readonly FieldPool<SortedSetDocValuesField> _facetTags = new(() => new SortedSetDocValuesField(PostFields.FacetTag, new BytesRef()));
    private readonly FieldPool<StringField> _mentionedYears = new(() => new StringField(PostFields.MentionedYear, "", Field.Store.NO));

    // Doc values copy their bytes when added, so one BytesRef per distinct value (channels, months, tags) serves every post.
    private readonly HashSet<int> _years = [];
    private readonly Dictionary<string, BytesRef> _bytes = new(StringComparer.Ordinal);
    private const int BytesCacheLimit = 50_000;

    /// <summary>The fields of <paramref name="post"/>, for <see cref="IndexWriter.AddDocument(IEnumerable{IIndexableField})"/>.</summary>
    public IEnumerable<IIndexableField> Fill(Post post)
    {
        _fields.Clear();
        _tags.Reset();
        _tagDisplays.Reset();
        _facetTags.Reset();
        _mentionedYears.Reset();

        Add(_id).SetStringValue(post.Id);
        Add(_text).SetStringValue(post.Text);
        if (post.ForwardedFrom is { Length: > 0 } source)
        {
            // Right after the text: the words capture has finished with it, so this value is analysed but not captured.
            Add(_forwardedWords).SetStringValue(source);
        }
        Add(_words).SetStringValue(post.Text);
        Add(_channel).SetStringValue(post.Channel.Name);
        Add(_facetChannel).SetBytesValue(Bytes(post.Channel.Name));
        Add(_language).SetStringValue(post.Language);
        Add(_facetLanguage).SetBytesValue(Bytes(post.Language));
        Add(_hasMedia).SetStringValue(post.HasMedia ? PostFields.Yes : PostFields.No);
        Add(_contentHash).SetStringValue(post.ContentHash);
        Add(_reactions).SetInt64Value(post.ReactionTotal);
        Add(_reactionsStored).SetInt32Value(post.ReactionTotal);
        Add(_confidence).SetStringValue(post.PublishedConfidence.ToString());
        Add(_place).SetInt64Value(PostFields.PlaceKey(post.SourceFileId, post.SourceIndex));

        if (post.CopyCount > 0)
        {
            Add(_hasCopies);
            Add(_copyChannels).SetInt32Value(post.CopyChannelCount);
        }
        else
        {
            Add(_noCopies);
        }

        if (post.ForwardedFrom is { Length: > 0 } forwardedFrom)
        {
            Add(_forwardedFrom).SetStringValue(forwardedFrom);
            Add(_facetForwarded).SetBytesValue(Bytes(forwardedFrom));
        }

        if (post.Published is { } published)
        {
            var key = PostFields.DateKey(published);
            Add(_published).SetInt32Value(key);
            Add(_publishedSort).SetInt64Value(key);
            Add(_dated);
            var earliest = post.PublishedEarliest is { } e ? PostFields.DateKey(e) : key;
            var latest = post.PublishedLatest is { } l ? PostFields.DateKey(l) : key;
            Add(_earliest).SetInt32Value(earliest);
            Add(_latest).SetInt32Value(latest);
            if (post.PublishedConfidence == DateConfidence.Inferred)
            {
                if (post.PublishedEarliest is not null)
                {
                    Add(_earliestStored).SetInt32Value(earliest);
                }
                if (post.PublishedLatest is not null)
                {
                    Add(_latestStored).SetInt32Value(latest);
                }
            }
            else if (post.PublishedConfidence is DateConfidence.Explicit or DateConfidence.Exact)
            {
                Add(_stated);
            }
            Add(_facetMonth).SetBytesValue(Bytes(published.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        }
        else
        {
            Add(_undated);
        }

        foreach (var tag in post.Hashtags)
        {
            Add(_tags.Next()).SetStringValue(Hashtags.Normalize(tag.Name));
            Add(_tagDisplays.Next()).SetStringValue(tag.Display);
            Add(_facetTags.Next()).SetBytesValue(Bytes(tag.Display));
        }

        _years.Clear();
        foreach (var mentioned in post.MentionedDates)
        {
            if (_years.Add(mentioned.Date.Year))
            {
                Add(_mentionedYears.Next()).SetStringValue(mentioned.Date.Year.ToString(CultureInfo.InvariantCulture));
            }
        }
        return _fields;
    }

    private T Add<T>(T field) where T : IIndexableField
    {
        _fields.Add(field);
        return field;
    }

    private BytesRef Bytes(string value)
    {
        if (!_bytes.TryGetValue(value, out var bytes))
        {
            if (_bytes.Count >= BytesCacheLimit)
            {
                _bytes.Clear();
            }
            _bytes[value] = bytes = new BytesRef(value);
        }
        return bytes;
    }

    /// <summary>Fields of one kind that a post has any number of, reused across posts.</summary>
    private sealed class FieldPool<T>(Func<T> create)
    {
        private readonly List<T> _fields = [];
        private int _used;

        public void Reset() => _used = 0;

        public T Next()
        {
            if (_used == _fields.Count)
            {
                _fields.Add(create());
            }
            return _fields[_used++];
        }
    }

    /// <summary>The text field: analysed with a <see cref="WordsCapture"/> open, so the words field after it need not analyse the text again.</summary>
    private sealed class TextWithWordsField(string name, FieldType type) : Field(name, "", type)
    {
        public override TokenStream GetTokenStream(Analyzer analyzer)
        {
            WordsCapture.Current.Begin(GetStringValue());
            return base.GetTokenStream(analyzer);
        }
    }

    /// <summary>The words field: replays the text field's capture when it is there for this very text, else analyses as usual.</summary>
    private sealed class CapturedWordsField(string name, FieldType type) : Field(name, "", type)
    {
        public override TokenStream GetTokenStream(Analyzer analyzer)
        {
            var capture = WordsCapture.Current;
            return capture.HasCompleteCaptureOf(GetStringValue()) ? CapturedWordsStream.Over(capture) : base.GetTokenStream(analyzer);
        }
    }
}
