using Archive.Search.Querying;
using Archive.Web.Searching;
using Microsoft.AspNetCore.Http;

namespace Archive.Web.Tests.Searching;

public sealed class SearchQueryTests
{
    private static SearchQuery Parse(string queryString) => SearchQuery.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString)));

    [Fact]
    public void Every_parameter_of_the_URL_reaches_the_search_request()
    {
        var request = Parse("?q=parade&from=1945-01-01&to=1945-12-31&tag=WeWereAllies&tag=%23History&tags=any&channel=Russian%20MFA&lang=ru&media=yes&year=1945&sort=oldest&page=3").ToRequest();

        Assert.Equal("parade", request.Query);
        Assert.Equal(new DateOnly(1945, 1, 1), request.From);
        Assert.Equal(new DateOnly(1945, 12, 31), request.To);
        Assert.Equal(["WeWereAllies", "History"], request.Tags);
        Assert.Equal(TagMatch.Any, request.TagMatch);
        Assert.Equal(["Russian MFA"], request.Channels);
        Assert.Equal(["ru"], request.Languages);
        Assert.True(request.HasMedia);
        Assert.Equal(1945, request.MentionsYear);
        Assert.Equal(SearchSort.Oldest, request.Sort);
        Assert.Equal(3, request.Page);
    }

    [Fact]
    public void No_query_browses_newest_first_and_words_rank_by_relevance()
    {
        Assert.Equal(SearchSort.Newest, Parse("").ToRequest().Sort);
        Assert.Equal(SearchSort.Relevance, Parse("?q=parade").ToRequest().Sort);
    }

    [Fact]
    public void The_query_string_round_trips()
    {
        var original = "?q=%22victory%20day%22&from=2020-05-01&to=2020-05-31&tag=a&tag=b&tags=any&channel=Russian%20MFA&lang=en&media=no&year=1945&sort=reactions&page=2";

        Assert.Equal(original, Parse(original).ToQueryString());
    }

    [Fact]
    public void Links_escape_every_value_as_Uri_EscapeDataString_does_however_they_follow_each_other()
    {
        // Links are written in runs that share their words (each escaped once and remembered), and alternate with others.
        string[] words = ["парад победы", "a&b=c d", "plain-word_1.0~", "#tag?", "ёж 🇷🇺", "", "100%"];
        foreach (var first in words)
        {
            foreach (var second in words)
            {
                var a = new SearchQuery { Q = first, Channel = second };
                var b = a with { Channel = first, Q = second };
                foreach (var query in (SearchQuery[])[a, a, b, a with { Lang = "ru" }, b])
                {
                    Assert.Equal(Expected(query), query.ToQueryString());
                }
            }
        }

        static string Expected(SearchQuery query)
        {
            var parts = new (string Key, string? Value)[] { ("q", query.Q), ("channel", query.Channel), ("lang", query.Lang) }
                .Where(p => !string.IsNullOrEmpty(p.Value))
                .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}");
            var joined = string.Join('&', parts);
            return joined.Length == 0 ? "" : "?" + joined;
        }
    }

    [Fact]
    public void A_month_or_a_year_reads_as_its_first_and_last_day()
    {
        var query = Parse("?from=2021-03&to=2022");

        Assert.Equal(new DateOnly(2021, 3, 1), query.From);
        Assert.Equal(new DateOnly(2022, 12, 31), query.To);
        Assert.Empty(query.Problems);
    }

    [Theory]
    [InlineData("?from=yesterday", "from")]
    [InlineData("?lang=de", "lang")]
    [InlineData("?sort=random", "sort")]
    [InlineData("?page=0", "page")]
    [InlineData("?year=abc", "year")]
    [InlineData("?tags=some", "tags")]
    public void An_unreadable_parameter_is_reported_by_name(string queryString, string parameter)
    {
        var problem = Assert.Single(Parse(queryString).Problems);

        Assert.StartsWith(parameter + " ", problem);
    }

    [Fact]
    public void Removing_a_chip_keeps_the_other_filters_and_returns_to_page_one()
    {
        var query = Parse("?q=parade&tag=a&tag=b&channel=X&page=4");

        var withoutA = query.Applied().Single(f => f.Label == "#a").Without;

        Assert.Equal("?q=parade&tag=b&channel=X", withoutA.ToQueryString());
    }

    [Fact]
    public void Forwarded_reaches_the_request_survives_a_round_trip_and_is_a_removable_filter()
    {
        var query = Parse("?q=parade&channel=X&forwarded=Russia%20in%20OSCE%2F%D0%9E%D0%91%D0%A1%D0%95&page=2");

        Assert.Equal("Russia in OSCE/ОБСЕ", query.ToRequest().ForwardedFrom);
        Assert.True(query.HasFilters);
        Assert.Equal(query.ToQueryString(), Parse(query.ToQueryString()).ToQueryString());
        Assert.Contains("forwarded=Russia%20in%20OSCE%2F", query.ToQueryString());
        var chip = query.Applied().Single(f => f.Kind == "Forwarded from");
        Assert.Equal("Russia in OSCE/ОБСЕ", chip.Label);
        Assert.Equal("?q=parade&channel=X", chip.Without.ToQueryString());
        Assert.Null(Parse("?forwarded=%20").ForwardedFrom);
    }

    [Fact]
    public void A_timeline_month_filters_to_its_first_and_last_day()
    {
        var february = Parse("?q=x").InMonth(2024, 2);

        Assert.Equal(new DateOnly(2024, 2, 1), february.From);
        Assert.Equal(new DateOnly(2024, 2, 29), february.To);
    }

    [Fact]
    public void A_q_over_1000_characters_is_a_problem_naming_q_and_is_not_searched_cut_short()
    {
        var longest = Parse("?q=" + new string('a', 1000));
        var over = Parse("?q=" + new string('a', 1001));

        Assert.Empty(longest.Problems);
        Assert.Equal(1000, longest.Q!.Length);
        var problem = Assert.Single(over.Problems);
        Assert.StartsWith("q is 1,001 characters", problem);
        Assert.Null(over.Q);
    }

    [Fact]
    public void The_year_chip_reads_as_the_year_alone()
    {
        var chip = Assert.Single(Parse("?year=1945").Applied());

        Assert.Equal("Mentions", chip.Kind);
        Assert.Equal("1945", chip.Label);
    }

    [Fact]
    public void Repeated_channels_and_languages_are_any_of_them_and_each_is_a_chip()
    {
        var query = Parse("?channel=A&channel=B&lang=EN&lang=ru");

        Assert.Equal(["A", "B"], query.ToRequest().Channels);
        Assert.Equal(["en", "ru"], query.ToRequest().Languages);
        Assert.Equal("?channel=A&channel=B&lang=en&lang=ru", query.ToQueryString());
        var withoutA = query.Applied().Single(f => f.Kind == "Channel" && f.Label == "A").Without;
        Assert.Equal("?channel=B&lang=en&lang=ru", withoutA.ToQueryString());
        Assert.Equal("B", withoutA.Channel);
    }

    [Fact]
    public void The_language_codes_are_the_parser_s()
    {
        foreach (var code in Archive.Parsing.Languages.All)
        {
            Assert.Equal([code], Parse("?lang=" + code).ToRequest().Languages);
        }
        Assert.Equal("lang must be en, ru or mixed, not 'de'.", Assert.Single(Parse("?lang=de").Problems));
    }
}
