using static Archive.Parsing.Tests.PostText;

namespace Archive.Parsing.Tests.ChannelDumps;

/// <summary>Facts checked by reading the sample files by hand (line numbers refer to the files).</summary>
public sealed class SampleDumpTests(Seeds seeds) : IClassFixture<Seeds>
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(Seeds.File000, "channel-dump", 4)]
    [InlineData(Seeds.File001, "channel-dump", 21)]
    [InlineData(Seeds.File002, "channel-dump", 17)]
    [InlineData(Seeds.File003, "channel-dump", 9)]
    [InlineData(Seeds.File004, "article", 1)]
    public void Each_sample_file_has_its_format_and_post_count(string file, string format, int count)
    {
        var (actualFormat, posts) = seeds.Read(file);
        Assert.Equal(format, actualFormat);
        Assert.Equal(count, posts.Count);
        Assert.Equal(Enumerable.Range(0, count), posts.Select(p => p.SourceIndex));
    }

    [Theory]
    [InlineData(Seeds.File000)]
    [InlineData(Seeds.File001)]
    [InlineData(Seeds.File002)]
    [InlineData(Seeds.File003)]
    public void No_noise_line_survives_in_any_post(string file)
    {
        foreach (var post in seeds.Posts(file))
        {
            foreach (var line in post.Lines())
            {
                Assert.DoesNotContain("VIEW IN TELEGRAM", line);
                Assert.DoesNotContain("Please open Telegram to view this post", line);
                Assert.False(line.StartsWith("Forwarded from", StringComparison.Ordinal), $"post {post.SourceIndex} kept a forward header");
                Assert.NotEqual("Media is too big", line);
            }
        }
    }

    [Theory]
    [InlineData(Seeds.File000)]
    [InlineData(Seeds.File001)]
    [InlineData(Seeds.File002)]
    [InlineData(Seeds.File003)]
    public void Every_body_line_of_the_file_is_in_some_post(string file)
    {
        var noise = new HashSet<string> { "VIEW IN TELEGRAM", "Please open Telegram to view this post", "Media is too big", "This media is not supported in your browser" };
        var all = seeds.Posts(file).SelectMany(p => p.Lines()).ToHashSet();
        foreach (var line in File.ReadLines(Seeds.PathOf(file)).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (noise.Contains(line) || line.StartsWith("Forwarded from", StringComparison.Ordinal) || Archive.Parsing.ChannelDumps.ChannelLine.TryParseReactions(line, out _))
            {
                continue;
            }

            Assert.True(all.Contains(line), $"line lost: {line[..Math.Min(60, line.Length)]}");
        }
    }

    [Fact]
    public void File000_first_post_is_a_forward_whose_historical_date_is_not_its_publication_date()
    {
        var post = seeds.Posts(Seeds.File000)[0];
        Assert.Equal("Russian MFA 🇷🇺", post.ForwardedFrom);
        Assert.StartsWith("📆 On September 7, 1945, Allied troops", post.Lines()[0]);
        Assert.Equal(["WeWereAllies"], post.Hashtags);
        Assert.Empty(post.Reactions);
        Assert.False(post.HasMedia);
        Assert.Equal("en", post.Language);

        // Lines 2-7, the second rendering (8-12) adds nothing: six lines, each once.
        Assert.Equal(6, post.Lines().Length);
        Assert.NotEqual(D(1945, 9, 7), post.Published.Date);
        Assert.Equal(DateConfidence.Inferred, post.Published.Confidence);
        Assert.Contains(D(1945, 9, 7), post.MentionedDates);
    }

    [Fact]
    public void File000_anniversary_post_has_media_and_is_dated_ninety_years_on()
    {
        var post = seeds.Posts(Seeds.File000)[1];
        Assert.True(post.HasMedia);
        Assert.Equal("#HistoryOfDiplomacy", post.Lines()[0]);
        Assert.Equal(["HistoryOfDiplomacy", "WeWereAllies"], post.Hashtags);
        Assert.Equal(new PublishedDate(D(2023, 11, 16), DateConfidence.Explicit), post.Published);
        Assert.Contains(D(1933, 11, 16), post.MentionedDates);
        Assert.Contains(D(2023, 11, 15), post.MentionedDates);
    }

    [Fact]
    public void File000_parade_post_keeps_inline_hashtags_and_lines_only_the_first_rendering_has()
    {
        var post = seeds.Posts(Seeds.File000)[3];
        Assert.Equal(["USSR", "WWII", "Victory79", "WeRemember", "WeWereAllies"], post.Hashtags);
        Assert.Equal(1, post.CountLinesStartingWith("🇷🇺 The USSR carried out thorough preparations"));
        Assert.Equal(1, post.CountLinesStartingWith("The location of the parade"));
        Assert.Equal(2, post.CountLinesStartingWith("\"Fighting friends") + post.CountLinesStartingWith("From now on, people"));
        Assert.Contains(D(1945, 9, 7), post.MentionedDates);
    }

    [Fact]
    public void File001_yalta_post_is_dated_by_its_eightieth_anniversary_and_has_reactions()
    {
        var post = seeds.Posts(Seeds.File001)[0];
        Assert.Equal("Russian MFA 🇷🇺", post.ForwardedFrom);
        Assert.Equal(R(("👍", 18), ("❤", 8), ("💯", 2), ("😁", 1)), post.Reactions);
        Assert.Equal(new PublishedDate(D(2025, 2, 4), DateConfidence.Explicit), post.Published);
        Assert.Contains("YaltaConference", post.Hashtags);
        Assert.Contains("UNCharter", post.Hashtags);
        Assert.Contains(D(1945, 2, 4), post.MentionedDates);
        Assert.Contains(D(2025, 1, 31), post.MentionedDates);

        // Line 8 is only in the first rendering; line 20 repeats line 3.
        Assert.Equal(1, post.CountLinesStartingWith("🌟 In the first days of February 1945"));
        Assert.Equal(1, post.CountLinesStartingWith("8️⃣0️⃣ years ago"));
        Assert.Equal(18, post.Lines().Length);
    }

    [Fact]
    public void File001_interview_post_merges_a_second_rendering_of_two_lines()
    {
        var post = seeds.Posts(Seeds.File001)[2];
        Assert.True(post.HasMedia);
        Assert.Null(post.ForwardedFrom);
        Assert.StartsWith("🎙 Watch Ambassador Andrei Kelin's interview with James Mates", post.Lines()[0]);
        Assert.Equal("Watch the interview in full on our YouTube channel", post.Lines()[^1]);
        Assert.Equal(1, post.CountLinesStartingWith("Key talking points:"));
        Assert.Equal(R(("👍", 30), ("💯", 7), ("❤", 5), ("👏", 5)), post.Reactions);
    }

    [Fact]
    public void File001_russian_interview_is_russian()
    {
        var post = seeds.Posts(Seeds.File001)[3];
        Assert.Equal("ru", post.Language);
        Assert.True(post.HasMedia);
        Assert.Equal(1, post.CountLinesStartingWith("Основные тезисы:"));
        Assert.Equal(R(("👍", 15), ("💯", 8), ("❤", 5)), post.Reactions);
    }

    [Fact]
    public void File001_diplomats_day_mentions_1549_but_is_not_published_then()
    {
        var post = seeds.Posts(Seeds.File001)[4];
        Assert.Equal(["Russia", "DiplomatsDay", "DWR2025"], post.Hashtags);
        Assert.Equal(R(("❤", 26), ("👏", 8)), post.Reactions);
        Assert.Contains(D(1549, 2, 10), post.MentionedDates);
        Assert.True(post.Published.Date >= D(2025, 2, 4), $"published {post.Published}");
    }

    [Fact]
    public void File001_link_label_repeated_by_the_second_rendering_appears_once()
    {
        var post = seeds.Posts(Seeds.File001)[5];
        Assert.Equal("ru", post.Language);
        Assert.Equal(1, post.CountLinesStartingWith("Читайте полностью"));
        Assert.Equal(R(("👍", 11), ("❤", 7)), post.Reactions);
    }

    [Fact]
    public void File001_lavrov_greetings_are_dated_by_the_heading()
    {
        var post = seeds.Posts(Seeds.File001)[6];
        Assert.Equal(new PublishedDate(D(2025, 2, 10), DateConfidence.Explicit), post.Published);
        Assert.Equal(R(("❤", 16), ("👍", 5), ("💯", 4)), post.Reactions);
    }

    [Fact]
    public void File001_second_rendering_longer_than_the_first_stays_one_post()
    {
        // Lines 154-161: the first rendering stops after "The message reads, in part:", the second goes on.
        var post = seeds.Posts(Seeds.File001)[7];
        Assert.StartsWith("✉️ President Vladimir Putin congratulated", post.Lines()[0]);
        Assert.Equal(1, post.CountLinesStartingWith("The message reads, in part:"));
        Assert.Equal(1, post.CountLinesStartingWith("I am confident that the MFA's close-knit team"));
        Assert.Equal(7, post.Lines().Length);
        Assert.Equal(R(("❤", 19), ("👍", 10), ("👏", 4)), post.Reactions);
    }

    [Fact]
    public void File001_year_less_date_takes_its_year_from_neighbours()
    {
        var post = seeds.Posts(Seeds.File001)[14];
        Assert.StartsWith("⚡️ On Russia's Foreign Minister Sergey Lavrov’s telephone conversation", post.Lines()[0]);
        Assert.Equal(new PublishedDate(D(2025, 2, 15), DateConfidence.Explicit), post.Published);
        Assert.Contains(D(2025, 2, 12), post.MentionedDates);
        Assert.Equal(R(("🥰", 18), ("👍", 15), ("👏", 6), ("❤", 4), ("🤔", 3)), post.Reactions);
    }

    [Theory]
    [InlineData(3, 7)]
    [InlineData(5, 10)]
    [InlineData(18, 21)]
    public void File001_russian_datelines_in_parentheses_date_their_posts(int index, int day)
    {
        var post = seeds.Posts(Seeds.File001)[index];
        Assert.Contains($"({day} февраля 2025 года)", post.Lines()[0]);
        Assert.Equal(new PublishedDate(D(2025, 2, day), DateConfidence.Explicit), post.Published);
    }

    [Fact]
    public void File001_undated_post_between_dated_ones_lies_between_their_days()
    {
        var post = seeds.Posts(Seeds.File001)[17];
        Assert.StartsWith("💬 President Vladimir Putin: The purpose and subject", post.Lines()[0]);
        Assert.Equal(new PublishedDate(D(2025, 2, 19), DateConfidence.Inferred, D(2025, 2, 19), D(2025, 2, 21)), post.Published);
    }

    [Fact]
    public void File001_last_post_keeps_an_elision_the_rendering_itself_repeats()
    {
        var post = seeds.Posts(Seeds.File001)[20];
        Assert.Equal("Russian MFA 🇷🇺", post.ForwardedFrom);
        Assert.True(post.HasMedia);
        Assert.Equal(2, post.Lines().Count(l => l == "<...>"));
        Assert.Equal(1, post.CountLinesStartingWith("Denazification is imminent."));
        Assert.Equal(R(("👍", 18), ("💯", 15), ("❤", 5), ("👏", 3), ("🙏", 1)), post.Reactions);
    }

    [Fact]
    public void File002_posts_without_markers_split_where_the_second_rendering_ends()
    {
        var posts = seeds.Posts(Seeds.File002);
        Assert.StartsWith("🇷🇺🇺🇸📞 Presidents of Russia & the United States", posts[0].Lines()[0]);
        Assert.Equal("#RussiaUS", posts[0].Lines()[^1]);
        Assert.Equal(["RussiaUS"], posts[0].Hashtags);
        Assert.Empty(posts[0].Reactions);
        Assert.Equal(new PublishedDate(D(2025, 3, 18), DateConfidence.Explicit), posts[0].Published);

        Assert.Equal("Embassy comment", posts[1].Lines()[0]);
        Assert.Equal(R(("👍", 1)), posts[1].Reactions);
        Assert.Equal(["http://en.kremlin.ru/events/president/news/76477"], posts[1].Urls);
    }

    [Fact]
    public void File002_quote_only_in_the_second_rendering_is_kept_in_place()
    {
        var lines = seeds.Posts(Seeds.File002)[1].Lines();
        var quote = Array.FindIndex(lines, l => l.StartsWith("The leaders continued their detailed", StringComparison.Ordinal));
        var before = Array.FindIndex(lines, l => l.StartsWith("In our opinion, the piece", StringComparison.Ordinal));
        var after = Array.FindIndex(lines, l => l.StartsWith("We encourage readers", StringComparison.Ordinal));
        Assert.True(before >= 0 && before < quote && quote < after, $"order {before} {quote} {after}");
        Assert.Equal(1, lines.Count(l => l.StartsWith("We have read yet another scaremongering", StringComparison.Ordinal)));
    }

    [Fact]
    public void File002_english_and_russian_post_is_mixed()
    {
        var post = seeds.Posts(Seeds.File002)[4];
        Assert.True(post.HasMedia);
        Assert.Equal("mixed", post.Language);
        Assert.Equal(2, post.Lines().Length);
    }

    [Fact]
    public void File002_glued_hashtag_is_found_and_the_dateline_dates_the_post()
    {
        var post = seeds.Posts(Seeds.File002)[6];
        Assert.StartsWith("⚡️Main outcomes of the Russia and United States expert groups meeting", post.Lines()[0]);
        Assert.Equal(["RussiaUnitedStates"], post.Hashtags);
        Assert.Contains(post.Lines(), l => l.EndsWith("lasting peace.#RussiaUnitedStates", StringComparison.Ordinal));
        Assert.Equal(new PublishedDate(D(2025, 3, 25), DateConfidence.Explicit), post.Published);

        // Lines 121-126 are only in the second rendering and sit between clauses 2 and 4.
        Assert.Equal(1, post.CountLinesStartingWith("the removal of restrictions imposed on trade finance operations"));
    }

    [Fact]
    public void File002_year_less_english_and_russian_dates_resolve_from_neighbours()
    {
        var posts = seeds.Posts(Seeds.File002);
        Assert.Equal(new PublishedDate(D(2025, 3, 28), DateConfidence.Explicit), posts[11].Published);
        Assert.Equal("mixed", posts[11].Language);
        Assert.Equal(R(("👍", 6)), posts[11].Reactions);

        Assert.Equal("О российско-сингапурских консультациях", posts[15].Lines()[0]);
        Assert.Equal("ru", posts[15].Language);
        Assert.Equal(new PublishedDate(D(2025, 4, 4), DateConfidence.Explicit), posts[15].Published);
        Assert.Equal(R(("👍", 2), ("🙏", 2)), posts[15].Reactions);
    }

    [Fact]
    public void File002_publication_dates_never_go_backwards()
    {
        var dates = seeds.Posts(Seeds.File002).Select(p => p.Published.Date!.Value).ToList();
        Assert.Equal(dates.Order(), dates);
    }

    [Fact]
    public void File003_album_with_three_forward_headers_is_one_post_dated_by_its_dateline()
    {
        var post = seeds.Posts(Seeds.File003)[1];
        Assert.Equal("Russia in OSCE/Россия в ОБСЕ", post.ForwardedFrom);
        Assert.StartsWith("🔵 Statement by the Head of the Delegation", post.Lines()[0]);
        Assert.Equal(new PublishedDate(D(2022, 12, 1), DateConfidence.Explicit), post.Published);
        Assert.Equal(R(("❤", 1)), post.Reactions);
        Assert.Equal(1, post.Lines().Count(l => l == "Lodz, 1 December 2022"));
    }

    [Fact]
    public void File003_dates_come_from_datelines_year_less_dates_and_neighbours()
    {
        var posts = seeds.Posts(Seeds.File003);
        Assert.Equal(new PublishedDate(D(2022, 3, 16), DateConfidence.Explicit), posts[0].Published);
        Assert.Equal(new PublishedDate(D(2022, 12, 5), DateConfidence.Explicit), posts[2].Published);
        Assert.Equal(new PublishedDate(D(2022, 12, 29), DateConfidence.Explicit), posts[3].Published);
        Assert.Equal(new PublishedDate(D(2023, 1, 19), DateConfidence.Explicit), posts[4].Published);
        Assert.Equal(new PublishedDate(D(2023, 3, 20), DateConfidence.Inferred, D(2023, 3, 20), D(2023, 5, 18)), posts[6].Published);
        Assert.Equal(new PublishedDate(D(2023, 5, 18), DateConfidence.Inferred, D(2023, 5, 18), null), posts[8].Published);
    }

    [Fact]
    public void File003_inline_hashtags_are_collected_once_each()
    {
        var post = seeds.Posts(Seeds.File003)[0];
        Assert.Equal("Key points:", post.Lines()[1]);
        Assert.Equal(1, post.CountLinesStartingWith("Key points:"));
        Assert.Contains("UnitedStates", post.Hashtags);
        Assert.Contains("Kuleba", post.Hashtags);
        Assert.Contains("CouncilofEurope", post.Hashtags);
        Assert.Equal(post.Hashtags.Count, post.Hashtags.Select(Hashtags.Normalize).Distinct().Count());
    }
}
