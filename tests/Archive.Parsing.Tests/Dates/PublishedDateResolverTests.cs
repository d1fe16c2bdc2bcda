using Archive.Parsing.Dates;

namespace Archive.Parsing.Tests.Dates;

public sealed class PublishedDateResolverTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly DateEvidence None = DateEvidence.None;

    [Fact]
    public void Undated_posts_lie_between_their_dated_neighbours_best_on_the_earlier_one()
    {
        var result = PublishedDateResolver.Resolve([None, new(2025, 2, 4), None, None, new(2025, 2, 10), None]);
        Assert.Equal(
            [
                new PublishedDate(D(2025, 2, 4), DateConfidence.Inferred, null, D(2025, 2, 4)),
                new PublishedDate(D(2025, 2, 4), DateConfidence.Explicit, D(2025, 2, 4), D(2025, 2, 4)),
                new PublishedDate(D(2025, 2, 4), DateConfidence.Inferred, D(2025, 2, 4), D(2025, 2, 10)),
                new PublishedDate(D(2025, 2, 4), DateConfidence.Inferred, D(2025, 2, 4), D(2025, 2, 10)),
                new PublishedDate(D(2025, 2, 10), DateConfidence.Explicit, D(2025, 2, 10), D(2025, 2, 10)),
                new PublishedDate(D(2025, 2, 10), DateConfidence.Inferred, D(2025, 2, 10), null),
            ],
            result);
    }

    [Fact]
    public void A_stated_date_is_its_own_range()
    {
        var date = new PublishedDate(D(2025, 2, 4), DateConfidence.Explicit);
        Assert.Equal((D(2025, 2, 4), D(2025, 2, 4)), (date.Earliest!.Value, date.Latest!.Value));
        Assert.Equal((null, null), (PublishedDate.Unknown.Earliest, PublishedDate.Unknown.Latest));
    }

    [Fact]
    public void An_undated_post_is_never_given_a_range_wider_than_its_neighbours()
    {
        DateEvidence[] evidence = [new(2025, 1, 1), None, new(2025, 1, 20), None, None, new(0, 3, 1), None, new(2025, 3, 9)];
        var result = PublishedDateResolver.Resolve(evidence);
        for (var i = 0; i < result.Length; i++)
        {
            var r = result[i];
            var before = result.Take(i).LastOrDefault(p => p.Confidence == DateConfidence.Explicit)?.Date;
            var after = result.Skip(i + 1).FirstOrDefault(p => p.Confidence == DateConfidence.Explicit)?.Date;
            Assert.True(r.Earliest <= r.Date && r.Date <= r.Latest, $"post {i}: best {r.Date} outside {r.Earliest}..{r.Latest}");
            if (r.Confidence == DateConfidence.Inferred)
            {
                Assert.Equal((before, after), (r.Earliest, r.Latest));
            }
        }
    }

    [Fact]
    public void A_file_with_no_dates_at_all_stays_unknown()
    {
        Assert.All(PublishedDateResolver.Resolve([None, None]), p => Assert.Equal(PublishedDate.Unknown, p));
    }

    [Fact]
    public void A_year_less_date_takes_the_year_of_the_previous_post()
    {
        var result = PublishedDateResolver.Resolve([new(2022, 12, 1), new(0, 12, 5), new(2022, 12, 29)]);
        Assert.Equal(new PublishedDate(D(2022, 12, 5), DateConfidence.Explicit), result[1]);
    }

    [Fact]
    public void A_year_less_date_after_new_year_moves_into_the_next_year()
    {
        var result = PublishedDateResolver.Resolve([new(2022, 12, 29), new(0, 1, 19), None]);
        Assert.Equal(D(2023, 1, 19), result[1].Date);
        Assert.Equal(new PublishedDate(D(2023, 1, 19), DateConfidence.Inferred, D(2023, 1, 19), null), result[2]);
    }

    [Fact]
    public void A_year_less_date_before_any_full_date_takes_the_year_of_the_next_one()
    {
        var result = PublishedDateResolver.Resolve([new(0, 3, 28), new(2025, 4, 1)]);
        Assert.Equal(D(2025, 3, 28), result[0].Date);
    }

    [Fact]
    public void A_year_less_date_that_cannot_fit_between_its_neighbours_is_inferred_instead()
    {
        // April 10 after April 1 would come after the next post's April 4: it cannot be this year.
        var result = PublishedDateResolver.Resolve([new(2025, 4, 1), new(0, 4, 10), new(2025, 4, 4)]);
        Assert.Equal(new PublishedDate(D(2025, 4, 1), DateConfidence.Inferred, D(2025, 4, 1), D(2025, 4, 4)), result[1]);
    }

    [Fact]
    public void A_stated_date_out_of_order_is_dropped_so_dates_never_go_backwards()
    {
        var result = PublishedDateResolver.Resolve([new(2025, 2, 4), new(2025, 2, 10), new(2019, 5, 1), new(2025, 2, 18)]);
        Assert.Equal(new PublishedDate(D(2025, 2, 10), DateConfidence.Inferred, D(2025, 2, 10), D(2025, 2, 18)), result[2]);
        var dates = result.Select(r => r.Date!.Value).ToList();
        Assert.Equal(dates.Order(), dates);
    }
}
