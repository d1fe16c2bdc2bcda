using System.Diagnostics;
using Archive.Parsing;
using Archive.Search.Facets;
using Archive.Search.Indexing;
using Archive.Search.Snippets;
using Archive.Search.Spelling;
using Archive.Storage.Posts;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>Runs searches against the index: hits, facets, snippets (over the store's texts), related posts.</summary>
public sealed class PostSearcher(SearchIndex index, PostTextReader texts)
{
    public const int MaxPageSize = 100;

    /// <summary>How deep paging may go: collecting the top N costs memory in N.</summary>
    public const int MaxResultWindow = 10_000;

    // Posts of one day in their channel's order (file, then place in it); the document number last only breaks the
    // ties of posts of different channels at the same place.
    private static readonly Sort Newest = new(
        WithMissing(new SortField(PostFields.PublishedSort, SortFieldType.INT32, reverse: true), J2N.Numerics.Int32.GetInstance(int.MinValue)),
        new SortField(PostFields.Place, SortFieldType.INT64, reverse: true),
        SortField.FIELD_DOC);

    private static readonly Sort Oldest = new(
        WithMissing(new SortField(PostFields.PublishedSort, SortFieldType.INT32), J2N.Numerics.Int32.GetInstance(int.MaxValue)),
        new SortField(PostFields.Place, SortFieldType.INT64),
        SortField.FIELD_DOC);

    private static readonly Sort MostReactions = new(
        WithMissing(new SortField(PostFields.Reactions, SortFieldType.INT64, reverse: true), J2N.Numerics.Int64.GetInstance(0L)),
        WithMissing(new SortField(PostFields.PublishedSort, SortFieldType.INT32, reverse: true), J2N.Numerics.Int32.GetInstance(int.MinValue)));

    /// <summary>Throws <see cref="InvalidQueryException"/> only for a query that cannot be given any sensible reading.</summary>
    public SearchResult Search(SearchRequest request)
    {
        var result = SearchAsTyped(request, out var suggestion);
        // Where the page, the API and the CLI's page decide to search a correction instead (AllHits, for downloads,
        // decides by the same rule on its one searcher): only when the query typed found nothing, and only a confident
        // correction that finds something.
        if (request.CorrectSpelling && suggestion is { Confident: true } && result.Total == 0)
        {
            var corrected = SearchAsTyped(request with { Query = suggestion.Query }, out _);
            if (corrected.Total > 0)
            {
                return corrected with { Elapsed = result.Elapsed + corrected.Elapsed, CorrectedQuery = suggestion.Query };
            }
        }
        return result;
    }

    private SearchResult SearchAsTyped(SearchRequest request, out SpellingSuggestion? suggestion)
    {
        var clock = Stopwatch.StartNew();
        var parsed = UserQueryParser.Parse(request.Query);
        var notes = parsed.Notes.ToList();

        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        // After a cursor the page is the one after it, however deep: the collector holds only its own hits.
        var after = request.After;
        var page = after is null ? Math.Max(1, request.Page) : 1;
        if ((long)page * pageSize > MaxResultWindow)
        {
            page = MaxResultWindow / pageSize;
            notes.Add($"Results go {MaxResultWindow:N0} deep; showing page {page}.");
        }

        var query = Filtered(parsed, request);
        var sort = SortOf(parsed, request);

        var found = index.WithSearcher(searcher =>
        {
            var top = TopCollector(sort, page * pageSize, after is null ? null : AfterDoc(searcher, after, sort), parsed.Query is not null);
            var facets = request.WithFacets ? new FacetCollector(top) : null;
            searcher.Search(query, facets ?? (ICollector)top);

            var topDocs = top.GetTopDocs((page - 1) * pageSize, pageSize);
            var hits = ToHits(searcher, topDocs.ScoreDocs, parsed.Highlight);
            var seen = (after?.Seen ?? (page - 1) * pageSize) + topDocs.ScoreDocs.Length;
            var next = topDocs.ScoreDocs.Length > 0 && seen < top.TotalHits ? CursorAt(searcher, sort, topDocs.ScoreDocs[^1], seen) : null;
            // Only an empty result pays for the walk over the term dictionary.
            var suggested = top.TotalHits == 0 ? SpellingSuggester.SuggestWithConfidence(searcher.IndexReader, request.Query) : null;
            return (Result: new SearchResult(top.TotalHits, hits, facets?.Result() ?? SearchFacets.Empty, clock.Elapsed) { Notes = notes, Suggestion = suggested?.Query, Next = next }, Suggestion: suggested);
        });
        suggestion = found.Suggestion;
        return found.Result;
    }

    /// <summary>
    /// Every hit of <paramref name="request"/> in its sort order, read a page of ids at a time from one version of the
    /// index (held until the stream is disposed), so a download of a million hits holds one page in memory, and sees no
    /// post come or go part way. The spelling decision is <see cref="Search"/>'s. Page and page size are ignored.
    /// </summary>
    public HitStream AllHits(SearchRequest request, int pageSize = 500)
    {
        var lease = index.LeaseSearcher();
        try
        {
            var searcher = lease.Searcher;
            var parsed = UserQueryParser.Parse(request.Query);
            var total = CountWith(searcher, Filtered(parsed, request));
            string? corrected = null;
            if (total == 0 && request.CorrectSpelling
                && SpellingSuggester.SuggestWithConfidence(searcher.IndexReader, request.Query) is { Confident: true } suggestion)
            {
                var correctedParsed = UserQueryParser.Parse(suggestion.Query);
                var correctedTotal = CountWith(searcher, Filtered(correctedParsed, request));
                if (correctedTotal > 0)
                {
                    (parsed, total, corrected) = (correctedParsed, correctedTotal, suggestion.Query);
                }
            }
            var sort = SortOf(parsed, request);
            return new HitStream(lease, total, corrected, IdPages(searcher, Filtered(parsed, request), sort, parsed.Query is not null, Math.Max(1, pageSize)));
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    // Browsing without words has no relevance to rank by: newest first.
    private static SearchSort SortOf(ParsedQuery parsed, SearchRequest request) =>
        parsed.Query is null && request.Sort == SearchSort.Relevance ? SearchSort.Newest : request.Sort;

    private static IEnumerable<IReadOnlyList<string>> IdPages(IndexSearcher searcher, Query query, SearchSort sort, bool scored, int pageSize)
    {
        ScoreDoc? after = null;
        while (true)
        {
            var top = TopCollector(sort, pageSize, after, scored);
            searcher.Search(query, top);
            var scoreDocs = top.GetTopDocs().ScoreDocs;
            if (scoreDocs.Length == 0)
            {
                yield break;
            }
            var ids = new string[scoreDocs.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = searcher.Doc(scoreDocs[i].Doc, IdOnly).Get(PostFields.Id);
            }
            yield return ids;
            if (scoreDocs.Length < pageSize)
            {
                yield break;
            }
            after = scoreDocs[^1];
        }
    }

    private static int CountWith(IndexSearcher searcher, Query query)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits;
    }

    // The top hits of one page: after a hit of an earlier page, when there is one (Lucene's search-after skips
    // everything up to and including it in the sort order, ties broken by document number).
    private static ITopDocsCollector TopCollector(SearchSort sort, int wanted, ScoreDoc? after, bool scored) => sort switch
    {
        SearchSort.Relevance => TopScoreDocCollector.Create(wanted, after, docsScoredInOrder: false),
        // The fields filled in are the last hit's cursor; they cost a lookup per hit returned, not per hit found.
        _ => TopFieldCollector.Create(SortFor(sort), wanted, after as FieldDoc, fillFields: true,
            trackDocScores: scored, trackMaxScore: false, docsScoredInOrder: false),
    };

    private static HitCursor CursorAt(IndexSearcher searcher, SearchSort sort, ScoreDoc last, int seen) => new(
        SearchIndex.VersionOf(searcher), sort, last.Doc, last.Score, seen,
        last is FieldDoc { Fields: { } fields } ? fields.Select(v => ((J2N.Numerics.Number)v).ToInt64()).ToArray() : []);

    private static ScoreDoc AfterDoc(IndexSearcher searcher, HitCursor cursor, SearchSort sort)
    {
        if (cursor.IndexVersion != SearchIndex.VersionOf(searcher))
        {
            throw new StaleCursorException("The archive has changed since this cursor was given (posts were added or updated); start the search again without it.");
        }
        var fields = sort == SearchSort.Relevance ? [] : SortFor(sort).GetSort();
        if (cursor.Sort != sort || cursor.Doc < 0 || cursor.Doc >= searcher.IndexReader.MaxDoc || cursor.Values.Count != fields.Length)
        {
            throw new InvalidQueryException("The cursor does not belong to this search; start it again without the cursor.");
        }
        if (sort == SearchSort.Relevance)
        {
            return new ScoreDoc(cursor.Doc, cursor.Score);
        }
        var values = new object[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var value = cursor.Values[i];
            values[i] = fields[i].Type == SortFieldType.INT64 ? J2N.Numerics.Int64.GetInstance(value)
                : value is >= int.MinValue and <= int.MaxValue ? J2N.Numerics.Int32.GetInstance((int)value)
                : throw new InvalidQueryException("The cursor does not belong to this search; start it again without the cursor.");
        }
        return new FieldDoc(cursor.Doc, cursor.Score, values);
    }

    // The newest day and the reader it was read from, swapped whole so that a search on another thread never pairs a
    // reader with another reader's day: read again only after the index has changed.
    private NewestDay? _newest;

    private sealed record NewestDay(IndexReader Reader, DateOnly? Day);

    /// <summary>
    /// The newest publication day in the archive (null when no post has one): what "last month" and "last year" count
    /// back from, since an archive of past years would find nothing counting back from today.
    /// </summary>
    public DateOnly? NewestPublished() => index.WithSearcher(searcher =>
    {
        var newest = _newest;
        if (newest is not null && ReferenceEquals(newest.Reader, searcher.IndexReader))
        {
            return newest.Day;
        }
        var top = searcher.Search(new MatchAllDocsQuery(), null, 1, SortFor(SearchSort.Newest));
        var key = top.ScoreDocs.Length == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc).GetField(PostFields.Published)?.GetInt32Value();
        var day = key is { } k ? PostFields.FromDateKey(k) : (DateOnly?)null;
        _newest = new NewestDay(searcher.IndexReader, day);
        return day;
    });

    /// <summary>How many posts a search finds, without ranking, facets or snippets: what "try without filter X" needs.</summary>
    public int Count(SearchRequest request)
    {
        var query = Filtered(UserQueryParser.Parse(request.Query), request);
        return index.WithSearcher(searcher =>
        {
            var count = new TotalHitCountCollector();
            searcher.Search(query, count);
            return count.TotalHits;
        });
    }

    private static Query Filtered(ParsedQuery parsed, SearchRequest request)
    {
        Query query = parsed.Query ?? new MatchAllDocsQuery();
        return SearchFilters.Build(request) is { } filter ? new FilteredQuery(query, new QueryWrapperFilter(filter)) : query;
    }

    /// <summary>Posts like the given one, without itself and its duplicates.</summary>
    public IReadOnlyList<SearchHit> Related(string postId, int count = 5) => index.WithSearcher<IReadOnlyList<SearchHit>>(searcher =>
    {
        var found = searcher.Search(new TermQuery(new Term(PostFields.Id, postId)), 1);
        if (found.TotalHits == 0 || count <= 0)
        {
            return [];
        }
        var docId = found.ScoreDocs[0].Doc;
        if (texts.TextsOf([postId]).GetValueOrDefault(postId) is not { } text)
        {
            return [];
        }

        var likeThis = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = SearchIndex.IndexAnalyzer,
            FieldNames = [PostFields.Text],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 25,
            MinWordLen = 3,
        };
        // The post itself is left out inside MoreLikeThis's own query of optional terms, not by nesting that query under
        // a required clause: Lucene then scores it in bulk (BooleanScorer), several times faster, with the same posts
        // in the same order (docs/benchmarks.md).
        var like = likeThis.Like(new StringReader(text), PostFields.Text);
        var query = like as BooleanQuery ?? new BooleanQuery { { like, Occur.SHOULD } };
        query.Add(new TermQuery(new Term(PostFields.Id, postId)), Occur.MUST_NOT);
        // Duplicates are left out by their stored content hash (the hash is not indexed): ask for a few more than
        // wanted, and for more again in the rare case that duplicates took the extra places.
        var hash = searcher.Doc(docId, ContentHashOnly).Get(PostFields.ContentHash);
        for (var wanted = count + 8; ; wanted *= 4)
        {
            var top = searcher.Search(query, wanted);
            var others = new List<ScoreDoc>(count);
            foreach (var scoreDoc in top.ScoreDocs)
            {
                if (hash is null || searcher.Doc(scoreDoc.Doc, ContentHashOnly).Get(PostFields.ContentHash) != hash)
                {
                    others.Add(scoreDoc);
                    if (others.Count == count)
                    {
                        break;
                    }
                }
            }
            if (others.Count == count || top.TotalHits <= wanted)
            {
                return ToHits(searcher, others, MatchTerms.None);
            }
        }
    });

    private static SortField WithMissing(SortField field, object missing)
    {
        field.SetMissingValue(missing);
        return field;
    }

    private static Sort SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Newest => Newest,
        SearchSort.Oldest => Oldest,
        SearchSort.Reactions => MostReactions,
        _ => Sort.RELEVANCE,
    };

    private static readonly ISet<string> ContentHashOnly = new HashSet<string> { PostFields.ContentHash };

    private static readonly ISet<string> IdOnly = new HashSet<string> { PostFields.Id };

    // The stored fields of each hit from the index, their texts from the store.
    private List<SearchHit> ToHits(IndexSearcher searcher, IReadOnlyList<ScoreDoc> scoreDocs, MatchTerms highlight)
    {
        var docs = scoreDocs.Select(s => searcher.Doc(s.Doc)).ToList();
        var ids = docs.Select(d => d.Get(PostFields.Id)).ToList();
        var byId = texts.TextsOf(ids);
        return docs.Select((doc, i) => ToHit(doc, float.IsNaN(scoreDocs[i].Score) ? 0 : scoreDocs[i].Score,
            byId.GetValueOrDefault(ids[i]) ?? "", highlight)).ToList();
    }

    private static SearchHit ToHit(Document doc, float score, string text, MatchTerms highlight)
    {
        var published = doc.GetField(PostFields.Published)?.GetInt32Value();
        var date = published is { } key ? PostFields.FromDateKey(key) : (DateOnly?)null;
        var confidence = Enum.TryParse<DateConfidence>(doc.Get(PostFields.Confidence), out var c) ? c : DateConfidence.Unknown;
        DateOnly? earliest = date, latest = date;
        if (confidence == DateConfidence.Inferred)
        {
            // An inferred post stores only the sides of its range that something bounds.
            earliest = doc.GetField(PostFields.PublishedEarliest)?.GetInt32Value() is { } e ? PostFields.FromDateKey(e) : null;
            latest = doc.GetField(PostFields.PublishedLatest)?.GetInt32Value() is { } l ? PostFields.FromDateKey(l) : null;
        }

        // Stored only on posts with copies.
        var copyChannels = doc.GetField(PostFields.CopyChannels)?.GetInt32Value();
        return new SearchHit(
            Id: doc.Get(PostFields.Id),
            Score: score,
            Snippet: SnippetBuilder.Build(text, highlight),
            Channel: doc.Get(PostFields.Channel) ?? "",
            Published: date,
            PublishedConfidence: confidence,
            Language: doc.Get(PostFields.Language) ?? "",
            Hashtags: doc.GetValues(PostFields.TagDisplay),
            ForwardedFrom: doc.Get(PostFields.ForwardedFrom),
            HasMedia: doc.Get(PostFields.HasMedia) == PostFields.Yes,
            ReactionTotal: doc.GetField(PostFields.Reactions)?.GetInt32Value() ?? 0)
        {
            PublishedEarliest = earliest,
            PublishedLatest = latest,
            HasCopies = copyChannels is not null,
            CopyChannels = copyChannels ?? 0,
        };
    }
}
