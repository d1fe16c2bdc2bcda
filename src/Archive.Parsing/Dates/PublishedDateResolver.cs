namespace Archive.Parsing.Dates;

/// <summary>
/// Turns the date evidence of a file's posts (oldest first) into publication dates that never
/// contradict the order of the posts: stated dates out of order are dropped, year-less dates take the
/// year that fits between their neighbours, undated posts take the range between their dated neighbours
/// (best day: the previous dated post's date).
/// </summary>
public static class PublishedDateResolver
{
    public static PublishedDate[] Resolve(IReadOnlyList<DateEvidence> evidence)
    {
        var n = evidence.Count;
        var dates = new DateOnly?[n];
        for (var i = 0; i < n; i++)
        {
            if (evidence[i].HasYear)
            {
                dates[i] = TryDate(evidence[i].Year, evidence[i].Month, evidence[i].Day);
            }
        }

        KeepLongestOrderedRun(dates);

        // Year-less dates, left to right, so each resolved one bounds the next.
        var nextFull = new DateOnly?[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            nextFull[i] = dates[i] ?? nextFull[i + 1];
        }

        DateOnly? previous = null;
        for (var i = 0; i < n; i++)
        {
            if (dates[i] is { } known)
            {
                previous = known;
                continue;
            }

            var e = evidence[i];
            if (!e.Exists || e.HasYear)
            {
                continue;
            }

            var next = nextFull[i + 1];
            DateOnly? candidate = null;
            if (previous is { } p)
            {
                candidate = TryDate(p.Year, e.Month, e.Day);
                if (candidate < p)
                {
                    // A few days back is the same news told late, not a year later: leave it to inference.
                    candidate = p.DayNumber - candidate.Value.DayNumber <= 31 ? null : TryDate(p.Year + 1, e.Month, e.Day);
                }
            }
            else if (next is { } nx)
            {
                candidate = TryDate(nx.Year, e.Month, e.Day);
                if (candidate > nx)
                {
                    candidate = TryDate(nx.Year - 1, e.Month, e.Day);
                }
            }

            if (candidate is { } c && (next is null || c <= next))
            {
                dates[i] = c;
                previous = c;
            }
        }

        // An undated post lies between its dated neighbours: its range is their days, its best day the earlier one
        // (the day the channel was last seen dated). At a file's end one side is open (null): nothing in the file
        // bounds it, and a made-up cap would look like knowledge; the best day is then the one dated neighbour.
        var result = new PublishedDate[n];
        DateOnly? following = null;
        var nextDated = new DateOnly?[n];
        for (var i = n - 1; i >= 0; i--)
        {
            nextDated[i] = following;
            if (dates[i] is { } d)
            {
                following = d;
            }
        }

        DateOnly? last = null;
        for (var i = 0; i < n; i++)
        {
            if (dates[i] is { } d)
            {
                result[i] = new PublishedDate(d, DateConfidence.Explicit);
                last = d;
            }
            else if (last is { } l)
            {
                result[i] = new PublishedDate(l, DateConfidence.Inferred, l, nextDated[i]);
            }
            else
            {
                result[i] = nextDated[i] is { } f ? new PublishedDate(f, DateConfidence.Inferred, null, f) : PublishedDate.Unknown;
            }
        }

        return result;
    }

    /// <summary>Drops dates that break the order of posts, keeping the longest non-decreasing run of them.</summary>
    private static void KeepLongestOrderedRun(DateOnly?[] dates)
    {
        var indexes = new List<int>();
        for (var i = 0; i < dates.Length; i++)
        {
            if (dates[i] is not null)
            {
                indexes.Add(i);
            }
        }

        if (indexes.Count < 2)
        {
            return;
        }

        // Patience sorting: tails[k] = index (into indexes) ending the best run of length k + 1.
        var tails = new List<int>();
        var parent = new int[indexes.Count];
        for (var k = 0; k < indexes.Count; k++)
        {
            var value = dates[indexes[k]]!.Value;
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (dates[indexes[tails[mid]]]!.Value <= value)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            parent[k] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(k);
            }
            else
            {
                tails[lo] = k;
            }
        }

        var keep = new bool[indexes.Count];
        for (var k = tails[^1]; k >= 0; k = parent[k])
        {
            keep[k] = true;
        }

        for (var k = 0; k < indexes.Count; k++)
        {
            if (!keep[k])
            {
                dates[indexes[k]] = null;
            }
        }
    }

    internal static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
