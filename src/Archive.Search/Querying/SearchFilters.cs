using System.Globalization;
using Archive.Parsing;
using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>The request's filters as one Lucene query (null: no filter). Filters only narrow; they never score.</summary>
internal static class SearchFilters
{
    public static Query? Build(SearchRequest request)
    {
        var all = new BooleanQuery();

        if (request.From is not null || request.To is not null)
        {
            // A post's range [earliest, latest] overlaps [from, to] when it starts by `to` and ends from `from`:
            // two numeric ranges, one a side, on fields every dated post has (a stated date's bounds are its day).
            var from = request.From is { } f ? PostFields.DateKey(f) : (int?)null;
            var to = request.To is { } t ? PostFields.DateKey(t) : (int?)null;
            var overlap = new BooleanQuery();
            if (to is not null)
            {
                overlap.Add(NumericRangeQuery.NewInt32Range(PostFields.PublishedEarliest, null, to, minInclusive: true, maxInclusive: true), Occur.MUST);
            }
            if (from is not null)
            {
                overlap.Add(NumericRangeQuery.NewInt32Range(PostFields.PublishedLatest, from, null, minInclusive: true, maxInclusive: true), Occur.MUST);
            }
            Query range = overlap.Clauses.Count == 1 ? overlap.Clauses[0].Query : overlap;
            if (request.IncludeUndated)
            {
                range = new BooleanQuery
                {
                    { range, Occur.SHOULD },
                    { new TermQuery(new Term(PostFields.Dated, PostFields.No)), Occur.SHOULD },
                };
            }
            all.Add(range, Occur.MUST);
        }

        if (request.DatedOnly)
        {
            all.Add(new TermQuery(new Term(PostFields.Stated, PostFields.Yes)), Occur.MUST);
        }

        var tags = request.Tags.Select(Hashtags.Normalize).Where(t => t.Length > 0).Distinct().ToList();
        if (tags.Count > 0)
        {
            if (request.TagMatch == TagMatch.All)
            {
                foreach (var tag in tags)
                {
                    all.Add(new TermQuery(new Term(PostFields.Tag, tag)), Occur.MUST);
                }
            }
            else
            {
                all.Add(AnyOf(PostFields.Tag, tags), Occur.MUST);
            }
        }

        if (request.Channels.Count > 0)
        {
            all.Add(AnyOf(PostFields.Channel, request.Channels), Occur.MUST);
        }
        if (!string.IsNullOrWhiteSpace(request.ForwardedFrom))
        {
            all.Add(new TermQuery(new Term(PostFields.ForwardedFrom, request.ForwardedFrom)), Occur.MUST);
        }
        if (request.Languages.Count > 0)
        {
            all.Add(AnyOf(PostFields.Language, request.Languages.Select(l => l.ToLowerInvariant())), Occur.MUST);
        }
        if (request.HasMedia is { } hasMedia)
        {
            all.Add(new TermQuery(new Term(PostFields.HasMedia, hasMedia ? PostFields.Yes : PostFields.No)), Occur.MUST);
        }
        if (request.HasCopies is { } hasCopies)
        {
            all.Add(new TermQuery(new Term(PostFields.HasCopies, hasCopies ? PostFields.Yes : PostFields.No)), Occur.MUST);
        }
        if (request.MentionsYear is { } year)
        {
            all.Add(new TermQuery(new Term(PostFields.MentionedYear, year.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        }

        return all.Clauses.Count == 0 ? null : all;
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct())
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }
        return any;
    }
}
