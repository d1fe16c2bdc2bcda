using Archive.Parsing;
using Archive.Storage.Ingest;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Tests.Ingest;

public sealed class DumpIngesterTests
{
    private const string Yalta = """
        @fwd Russian MFA 🇷🇺
        @media video
        @tags HistoryOfDiplomacy, WWII, ДеньПобеды
        @react 👍=18, ❤=8, 💯=2
        @published 2025-02-04 explicit
        @mentions 1945-02-04, 1945-02-11
        @lang mixed
        80 years ago, on February 4, 1945, the Yalta Conference opened.
        Ялтинская конференция.
        """;

    [Fact]
    public async Task Every_field_of_a_post_survives_the_round_trip_through_the_store()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", Yalta);

        var result = await store.Ingester().IngestFileAsync(path);

        Assert.Null(result.Error);
        Assert.Equal("fixture", result.Format);
        await using var db = store.NewContext();
        var post = await db.Posts.Include(p => p.Channel).Include(p => p.SourceFile).Include(p => p.Hashtags)
            .Include(p => p.PostHashtags).Include(p => p.Reactions).Include(p => p.MentionedDates).SingleAsync();
        Assert.Equal("mfa", post.Channel.Name);
        Assert.Equal("mfa.txt", post.SourceFile.FileName);
        Assert.Equal(0, post.SourceIndex);
        Assert.Equal("80 years ago, on February 4, 1945, the Yalta Conference opened.\nЯлтинская конференция.", post.Text);
        Assert.Equal("mixed", post.Language);
        Assert.Equal("Russian MFA 🇷🇺", post.ForwardedFrom);
        Assert.True(post.HasMedia);
        Assert.Equal("video", post.MediaNote);
        Assert.Equal(new DateOnly(2025, 2, 4), post.Published);
        Assert.Equal(DateConfidence.Explicit, post.PublishedConfidence);
        Assert.Equal(["HistoryOfDiplomacy", "WWII", "ДеньПобеды"], post.PostHashtags.OrderBy(h => h.Order).Select(h => h.Spelling));
        Assert.Equal(["historyofdiplomacy", "wwii", "деньпобеды"], post.Hashtags.Select(h => h.Name).Order(StringComparer.Ordinal));
        Assert.Equal([("👍", 18), ("❤", 8), ("💯", 2)], post.Reactions.OrderBy(r => r.Order).Select(r => (r.Emoji, r.Count)));
        Assert.Equal(28, post.ReactionTotal);
        Assert.Equal([new DateOnly(1945, 2, 4), new DateOnly(1945, 2, 11)], post.MentionedDates.Select(d => d.Date).Order());
        Assert.Equal(12, post.Id.Length);
        Assert.Matches("^[a-z2-7]{12}$", post.Id);
        Assert.Equal([post.Id], result.ChangedPostIds);
    }

    [Fact]
    public async Task Exact_timestamps_authors_and_message_ids_of_exports_round_trip()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("result.json", "@channel Russian MFA\n@msg 42\n@author Press\n@at 2024-03-01T10:20:30+03:00\n@published 2024-03-01 exact\nHello");

        await store.Ingester().IngestFileAsync(path);

        await using var db = store.NewContext();
        var post = await db.Posts.Include(p => p.Channel).SingleAsync();
        Assert.Equal("Russian MFA", post.Channel.Name);
        Assert.Equal(1011, post.Channel.ExternalId);
        Assert.Equal(42, post.MessageId);
        Assert.Equal("Press", post.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 20, 30, TimeSpan.FromHours(3)), post.PublishedAt);
        Assert.Equal(DateConfidence.Exact, post.PublishedConfidence);
    }

    [Fact]
    public async Task Ingesting_the_same_file_twice_adds_nothing_and_counts_its_posts_unchanged()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", Yalta, "Second post #a", "Third post");

        var first = await store.Ingester().IngestFileAsync(path);
        var second = await store.Ingester().IngestFileAsync(path);

        Assert.Equal((3, 0, 0), (first.New, first.Unchanged, first.Updated));
        Assert.Equal((0, 3, 0), (second.New, second.Unchanged, second.Updated));
        Assert.True(second.Skipped, "an unchanged file should be skipped by its hash");
        Assert.Empty(second.ChangedPostIds);
        Assert.Equal(3, await store.NewContext().Posts.CountAsync());
        Assert.Equal(1, await store.NewContext().SourceFiles.CountAsync());
    }

    [Fact]
    public async Task Posts_appended_to_a_dump_come_in_as_new_and_the_old_ones_keep_their_ids()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", "One", "Two");
        await store.Ingester().IngestFileAsync(path);
        var before = await Ids(store);

        store.WriteFixture("mfa.txt", "One", "Two", "Three", "Four");
        var result = await store.Ingester().IngestFileAsync(path);

        Assert.Equal((2, 2, 0), (result.New, result.Unchanged, result.Updated));
        var after = await Ids(store);
        Assert.Equal(4, after.Count);
        Assert.Equal(before["One"], after["One"]);
        Assert.Equal(before["Two"], after["Two"]);
        Assert.Equal([after["Three"], after["Four"]], result.ChangedPostIds);
    }

    [Fact]
    public async Task An_edited_post_is_updated_under_its_old_id_without_a_duplicate()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", "The first post stays as it is", "The Yalta Conference opened on February 4 with all three leaders", "The last post");
        await store.Ingester().IngestFileAsync(path);
        var before = await Ids(store);

        store.WriteFixture("mfa.txt", "The first post stays as it is", "The Yalta Conference opened on February 4, 1945 with all three leaders present", "The last post");
        var result = await store.Ingester().IngestFileAsync(path);

        Assert.Equal((0, 2, 1), (result.New, result.Unchanged, result.Updated));
        var after = await Ids(store);
        Assert.Equal(3, after.Count);
        Assert.Equal(before["The Yalta Conference opened on February 4 with all three leaders"],
            after["The Yalta Conference opened on February 4, 1945 with all three leaders present"]);
        Assert.Equal([before["The Yalta Conference opened on February 4 with all three leaders"]], result.ChangedPostIds);
    }

    [Fact]
    public async Task An_edit_next_to_an_inserted_post_is_paired_by_its_neighbours_not_by_its_index()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", "Alpha post about Minsk talks", "Beta post about the Yalta Conference in Crimea", "Gamma closing post");
        await store.Ingester().IngestFileAsync(path);
        var before = await Ids(store);

        // A new post comes first, so the edited Beta moves from index 1 to 2, where a plain index match would miss it.
        store.WriteFixture("mfa.txt", "A brand new opening post", "Alpha post about Minsk talks", "Beta post about the Yalta Conference in Crimea, 1945", "Gamma closing post");
        var result = await store.Ingester().IngestFileAsync(path);

        Assert.Equal((1, 2, 1), (result.New, result.Unchanged, result.Updated));
        var after = await Ids(store);
        Assert.Equal(before["Beta post about the Yalta Conference in Crimea"], after["Beta post about the Yalta Conference in Crimea, 1945"]);
        await using var db = store.NewContext();
        Assert.Equal(3, (await db.Posts.SingleAsync(p => p.Text == "Gamma closing post")).SourceIndex);
    }

    [Fact]
    public async Task A_post_s_publication_range_is_stored_and_a_changed_range_is_an_edit()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", "@published 2025-02-04 explicit\nStated", "@published 2025-02-04 inferred 2025-02-04..2025-02-10\nBetween");
        await store.Ingester().IngestFileAsync(path);
        var id = (await Ids(store))["Between"];

        await using (var db = store.NewContext())
        {
            var posts = await db.Posts.AsNoTracking().OrderBy(p => p.SourceIndex).ToListAsync();
            Assert.Equal((new DateOnly(2025, 2, 4), new DateOnly(2025, 2, 4)), (posts[0].PublishedEarliest, posts[0].PublishedLatest));
            Assert.Equal((new DateOnly(2025, 2, 4), new DateOnly(2025, 2, 10)), (posts[1].PublishedEarliest, posts[1].PublishedLatest));
        }

        // Only the range moves (a later dated post came between): same best day, same text, still an edit.
        store.WriteFixture("mfa.txt", "@published 2025-02-04 explicit\nStated", "@published 2025-02-04 inferred 2025-02-04..2025-02-06\nBetween");
        var result = await store.Ingester().IngestFileAsync(path);

        Assert.Equal((0, 1, 1), (result.New, result.Unchanged, result.Updated));
        Assert.Equal([id], result.ChangedPostIds);
        await using (var db = store.NewContext())
        {
            var post = await db.Posts.AsNoTracking().SingleAsync(p => p.Id == id);
            Assert.Equal((new DateOnly(2025, 2, 4), new DateOnly(2025, 2, 6)), (post.PublishedEarliest, post.PublishedLatest));
        }

        // Opened at one end: stored as null.
        store.WriteFixture("mfa.txt", "@published 2025-02-04 explicit\nStated", "@published 2025-02-04 inferred 2025-02-04..\nBetween");
        Assert.Equal(1, (await store.Ingester().IngestFileAsync(path)).Updated);
        await using (var db = store.NewContext())
        {
            Assert.Null((await db.Posts.AsNoTracking().SingleAsync(p => p.Id == id)).PublishedLatest);
        }
    }

    [Fact]
    public async Task A_changed_reaction_count_updates_the_post_under_the_same_id()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", "@react 👍=1\nA post");
        await store.Ingester().IngestFileAsync(path);
        var id = (await Ids(store))["A post"];

        store.WriteFixture("mfa.txt", "@react 👍=5, ❤=2\nA post");
        var result = await store.Ingester().IngestFileAsync(path);

        Assert.Equal((0, 0, 1), (result.New, result.Unchanged, result.Updated));
        await using var db = store.NewContext();
        var post = await db.Posts.Include(p => p.Reactions).SingleAsync();
        Assert.Equal(id, post.Id);
        Assert.Equal([("👍", 5), ("❤", 2)], post.Reactions.OrderBy(r => r.Order).Select(r => (r.Emoji, r.Count)));
        Assert.Equal(7, post.ReactionTotal);
    }

    [Fact]
    public async Task A_different_post_in_the_same_place_is_new_and_the_old_one_is_kept()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", "Stays", "Completely unrelated words here");
        await store.Ingester().IngestFileAsync(path);

        store.WriteFixture("mfa.txt", "Stays", "Nothing alike whatsoever in this one");
        var result = await store.Ingester().IngestFileAsync(path);

        Assert.Equal((1, 1, 0), (result.New, result.Unchanged, result.Updated));
        Assert.Equal(3, await store.NewContext().Posts.CountAsync());
    }

    [Fact]
    public async Task Posts_missing_from_a_newer_dump_are_kept()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", "One", "Two", "Three");
        await store.Ingester().IngestFileAsync(path);

        store.WriteFixture("mfa.txt", "One", "Three");
        await store.Ingester().IngestFileAsync(path);

        Assert.Equal(["One", "Three", "Two"], (await Ids(store)).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_same_text_twice_in_a_file_is_two_posts_and_stays_two_on_re_ingest()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", "Repeated", "Middle", "Repeated");
        await store.Ingester().IngestFileAsync(path);

        store.WriteFixture("mfa.txt", "Repeated", "Middle", "Repeated", "End");
        var result = await store.Ingester().IngestFileAsync(path);

        Assert.Equal((1, 3, 0), (result.New, result.Unchanged, result.Updated));
        await using var db = store.NewContext();
        var repeated = await db.Posts.Where(p => p.Text == "Repeated").Select(p => p.Id).ToListAsync();
        Assert.Equal(2, repeated.Distinct().Count());
    }

    // A dump of a channel's latest posts, saved again and again at one path: each version drops the oldest post, which is
    // kept at its place while the next post moves there. The third version used to fail on the two posts at one place.
    [Fact]
    public async Task A_dump_of_the_latest_posts_shifting_version_after_version_keeps_pairing_its_edits()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", "Post one about the Minsk talks", "Post two about the Yalta Conference", "Post three about the weather");
        await store.Ingester().IngestFileAsync(path);
        store.WriteFixture("mfa.txt", "Post two about the Yalta Conference", "Post three about the weather", "Post four about the harvest");
        var second = await store.Ingester().IngestFileAsync(path);
        var before = await Ids(store);

        store.WriteFixture("mfa.txt", "Post two about the Yalta Conference in Crimea", "Post three about the weather", "Post four about the harvest",
            "Post five about the elections");
        var third = await store.Ingester().IngestFileAsync(path);

        Assert.Equal((1, 2, 0), (second.New, second.Unchanged, second.Updated));
        Assert.Equal((1, 2, 1), (third.New, third.Unchanged, third.Updated));
        var after = await Ids(store);
        Assert.Equal(before["Post two about the Yalta Conference"], after["Post two about the Yalta Conference in Crimea"]);
        Assert.Equal(5, after.Count);
    }

    [Fact]
    public async Task Ids_are_derived_from_channel_and_content_so_a_fresh_store_gives_the_same_ids()
    {
        await using var first = await TempStore.CreateAsync();
        await using var second = await TempStore.CreateAsync();

        await first.Ingester().IngestFileAsync(first.WriteFixture("mfa.txt", "One", "Two"));
        await second.Ingester().IngestFileAsync(second.WriteFixture("mfa.txt", "One", "Two"));

        Assert.Equal(await Ids(first), await Ids(second));
        Assert.Equal(PostKeys.ForContent("mfa", PostKeys.ContentHash("One"), 0), (await Ids(first))["One"]);
    }

    [Fact]
    public async Task An_edited_export_message_is_updated_by_its_message_id()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("result.json", "@channel MFA\n@msg 1\nFirst", "@channel MFA\n@msg 2\nSecond version one");
        await store.Ingester().IngestFileAsync(path);
        var before = await Ids(store);

        store.WriteFixture("result.json", "@channel MFA\n@msg 1\nFirst", "@channel MFA\n@msg 2\nCompletely rewritten", "@channel MFA\n@msg 3\nThird");
        var result = await store.Ingester().IngestFileAsync(path);

        Assert.Equal((1, 1, 1), (result.New, result.Unchanged, result.Updated));
        var after = await Ids(store);
        Assert.Equal(3, after.Count);
        Assert.Equal(before["Second version one"], after["Completely rewritten"]);
    }

    [Fact]
    public async Task An_export_that_repeats_a_message_id_keeps_both_posts_and_later_ingests_still_go_in()
    {
        // Exports merged by hand can carry one message id twice; the store keeps both posts, and the channel's next
        // ingests must still match them instead of failing on the repeated id.
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("result.json", "@channel MFA\n@msg 7\nFirst text", "@channel MFA\n@msg 7\nSecond text");
        var first = await store.Ingester().IngestFileAsync(path);
        Assert.Equal(2, first.New);

        store.WriteFixture("result.json", "@channel MFA\n@msg 7\nFirst text", "@channel MFA\n@msg 7\nSecond text", "@channel MFA\n@msg 8\nThird");
        var again = await store.Ingester().IngestFileAsync(path);
        var other = await store.Ingester().IngestFileAsync(store.WriteFixture("more.json", "@channel MFA\n@msg 9\nFourth"));

        Assert.Null(again.Error);
        Assert.Equal((1, 2, 0), (again.New, again.Unchanged, again.Updated));
        Assert.Null(other.Error);
        Assert.Equal(4, (await Ids(store)).Count);
    }

    [Fact]
    public async Task A_rejected_file_is_recorded_with_its_error_and_the_next_file_still_goes_in()
    {
        await using var store = await TempStore.CreateAsync();
        var bad = store.WriteFixture("bad.txt", "Good post before the failure", "@fail line 7: noise only");
        var good = store.WriteFixture("good.txt", "A good post");
        var ingester = store.Ingester();

        var rejected = await ingester.IngestFileAsync(bad);
        var accepted = await ingester.IngestFileAsync(good);

        Assert.Equal("line 7: noise only", rejected.Error);
        Assert.Null(accepted.Error);
        await using var db = store.NewContext();
        Assert.Equal(["A good post"], await db.Posts.Select(p => p.Text).ToListAsync());
        var record = await db.SourceFiles.SingleAsync(s => s.FileName == "bad.txt");
        Assert.Equal("line 7: noise only", record.Error);
        Assert.Equal(0, record.PostCount);
    }

    [Fact]
    public async Task Files_read_ahead_keep_their_order_and_a_bad_or_missing_one_is_rejected_without_stopping_the_rest()
    {
        await using var store = await TempStore.CreateAsync();
        var first = store.WriteFixture("first.txt", "First one", "First two");
        var bad = store.WriteFixture("bad.txt", "Good post before the failure", "@fail line 7: noise only");
        var missing = Path.Combine(store.Dumps, "nowhere.txt");
        var unknown = Path.Combine(store.Dumps, "random.bin");
        await File.WriteAllBytesAsync(unknown, [0, 1, 2, 255, 254]);
        var last = store.WriteFixture("last.txt", "Last one");

        var results = await store.Ingester().IngestFilesAsync([first, bad, missing, unknown, last]).ToListAsync();

        Assert.Equal([first, bad, missing, unknown, last], results.Select(r => r.Path));
        Assert.Equal([null, "line 7: noise only", "no such file"], results.Take(3).Select(r => r.Error));
        Assert.Contains("random.bin", results[3].Error);
        Assert.Null(results[4].Error);
        await using var db = store.NewContext();
        Assert.Equal(["First one", "First two", "Last one"], await db.Posts.OrderBy(p => p.SourceFile.FileName).ThenBy(p => p.SourceIndex)
            .Select(p => p.Text).ToListAsync());
        Assert.Equal(5, await db.SourceFiles.CountAsync());
    }

    [Fact]
    public async Task Stopping_a_read_ahead_ingest_early_keeps_the_files_done_and_a_rerun_brings_in_the_rest()
    {
        await using var store = await TempStore.CreateAsync();
        var paths = Enumerable.Range(0, 3).Select(i => store.WriteFixture($"f{i}.txt", $"Post {i} a", $"Post {i} b")).ToArray();

        // The second file is being read ahead when the caller stops: that read is dropped, nothing of it is stored.
        await foreach (var result in store.Ingester().IngestFilesAsync(paths))
        {
            Assert.Null(result.Error);
            break;
        }
        Assert.Equal(2, await store.NewContext().Posts.CountAsync());

        var rerun = await store.Ingester().IngestFilesAsync(paths).ToListAsync();

        Assert.Equal([true, false, false], rerun.Select(r => r.Skipped));
        Assert.Equal([0, 2, 2], rerun.Select(r => r.New));
        Assert.Equal(6, await store.NewContext().Posts.CountAsync());
    }

    [Fact]
    public async Task A_file_of_no_known_format_is_rejected_naming_the_file()
    {
        await using var store = await TempStore.CreateAsync();
        var path = Path.Combine(store.Dumps, "random.bin");
        await File.WriteAllBytesAsync(path, [0, 1, 2, 255, 254]);

        var result = await store.Ingester().IngestFileAsync(path);

        Assert.NotNull(result.Error);
        Assert.Contains("random.bin", result.Error);
    }

    [Fact]
    public async Task A_missing_path_is_rejected_as_no_such_file()
    {
        await using var store = await TempStore.CreateAsync();

        var result = await store.Ingester().IngestFileAsync(Path.Combine(store.Dumps, "nowhere.txt"));

        Assert.Equal("no such file", result.Error);
        Assert.Equal("no such file", (await store.NewContext().SourceFiles.SingleAsync()).Error);
    }

    [Fact]
    public async Task A_rejected_file_that_is_fixed_goes_in_on_the_next_run()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", "@fail broken");
        await store.Ingester().IngestFileAsync(path);

        store.WriteFixture("mfa.txt", "Fixed");
        var result = await store.Ingester().IngestFileAsync(path);

        Assert.Equal(1, result.New);
        Assert.Null((await store.NewContext().SourceFiles.SingleAsync()).Error);
    }

    [Fact]
    public async Task The_channel_comes_from_the_override_then_the_sidecar_then_channel_txt_then_the_file_name()
    {
        await using var store = await TempStore.CreateAsync();
        var overridden = store.WriteFixture("a/one.txt", "Post one");
        var withSidecar = store.WriteFixture("b/two.txt", "Post two");
        File.WriteAllText(withSidecar + ".channel", "Sidecar Channel\n");
        File.WriteAllText(Path.Combine(store.Dumps, "b", "channel.txt"), "Folder Channel");
        var inFolder = store.WriteFixture("b/three.txt", "Post three");
        var plain = store.WriteFixture("c/four.txt", "Post four");
        var ingester = store.Ingester();

        await ingester.IngestFileAsync(overridden, "Given Channel");
        await ingester.IngestFileAsync(withSidecar);
        await ingester.IngestFileAsync(inFolder);
        await ingester.IngestFileAsync(plain);

        await using var db = store.NewContext();
        var channels = await db.Posts.OrderBy(p => p.Text).Select(p => p.Text + " → " + p.Channel.Name).ToListAsync();
        Assert.Equal(["Post four → four", "Post one → Given Channel", "Post three → Folder Channel", "Post two → Sidecar Channel"], channels);
    }

    [Fact]
    public async Task Foreign_keys_are_enforced_again_on_the_connection_after_an_ingest()
    {
        await using var store = await TempStore.CreateAsync();

        await store.Ingester().IngestFileAsync(store.WriteFixture("mfa.txt", "One"));

        var enforced = await store.Db.Database.SqlQueryRaw<long>("SELECT foreign_keys AS Value FROM pragma_foreign_keys").SingleAsync();
        Assert.Equal(1, enforced);
    }

    // Many dumps of one channel, overlapping as dumps taken at different times do: each post once, matched across files.
    [Fact]
    public async Task Overlapping_dumps_of_one_channel_store_each_post_once_and_an_edit_is_matched_by_a_later_file()
    {
        await using var store = await TempStore.CreateAsync();
        var a = store.WriteFixture("a.txt", "The Yalta Conference opened on February 4 with all three leaders", "Post two", "Post three");
        var b = store.WriteFixture("b.txt", "Post two", "Post three", "Post four");
        var c = store.WriteFixture("c.txt", "Post four", "Post five");
        var ingester = store.Ingester();

        var first = await ingester.IngestFilesAsync([a, b, c], "mfa").ToListAsync();

        Assert.Equal([(3, 0), (1, 2), (1, 1)], first.Select(r => (r.New, r.Unchanged)));
        // The same ingester again: an edit in a, then a later dump that carries the edited post.
        const string edited = "The Yalta Conference opened on February 4, 1945 with all three leaders present";
        store.WriteFixture("a.txt", edited, "Post two", "Post three");
        var d = store.WriteFixture("d.txt", edited, "Post six");
        var second = await ingester.IngestFilesAsync([a, d], "mfa").ToListAsync();

        Assert.Equal([(0, 2, 1), (1, 1, 0)], second.Select(r => (r.New, r.Unchanged, r.Updated)));
        await using var db = store.NewContext();
        Assert.Equal(["Post five", "Post four", "Post six", "Post three", "Post two", edited],
            await db.Posts.OrderBy(p => p.Text).Select(p => p.Text).ToListAsync());
    }

    // What the ingester keeps of a channel between the files of a run must not hide what another connection stored meanwhile.
    [Fact]
    public async Task Posts_another_ingest_stored_between_two_files_are_matched_not_stored_twice()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("a.txt", "Post one"), "mfa");
        var b = store.WriteFixture("b.txt", "Post one", "Post two");
        var c = store.WriteFixture("c.txt", "Post nine", "Post ten");
        var d = store.WriteFixture("d.txt", "Post two", "Post nine");
        await using var run = store.Ingester().IngestFilesAsync([b, d], "mfa").GetAsyncEnumerator();
        Assert.True(await run.MoveNextAsync());
        Assert.Equal((1, 1), (run.Current.New, run.Current.Unchanged));

        await using (var other = store.NewContext())
        {
            var otherIngester = new DumpIngester(other, FixtureFormat.Reader, new ParseOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger<DumpIngester>.Instance);
            await otherIngester.IngestFileAsync(c, "mfa");
        }
        Assert.True(await run.MoveNextAsync());

        Assert.Equal((0, 2), (run.Current.New, run.Current.Unchanged));
        await using var db = store.NewContext();
        Assert.Equal(4, await db.Posts.CountAsync());
    }

    [Fact]
    public async Task A_post_with_media_and_no_text_is_stored_with_an_empty_text()
    {
        await using var store = await TempStore.CreateAsync();

        var result = await store.Ingester().IngestFileAsync(store.WriteFixture("mfa.txt", "@media photo", "After the photo"));

        Assert.Equal(2, result.New);
        await using var db = store.NewContext();
        Assert.Equal(["", "After the photo"], await db.Posts.OrderBy(p => p.SourceIndex).Select(p => p.Text).ToListAsync());
    }

    [Fact]
    public async Task An_unexpected_failure_in_the_middle_of_a_file_rolls_the_file_back_and_the_next_file_still_goes_in()
    {
        await using var store = await TempStore.CreateAsync();
        // An unknown fixture key makes the parser throw InvalidOperationException after the first post: not a bad-input error.
        var broken = store.WriteFixture("broken.txt", "Stored before the failure", "@crash now");
        var ingester = store.Ingester();

        await Assert.ThrowsAsync<InvalidOperationException>(() => ingester.IngestFileAsync(broken));
        var next = await ingester.IngestFileAsync(store.WriteFixture("next.txt", "The next file"));

        Assert.Null(next.Error);
        await using var db = store.NewContext();
        Assert.Equal(["The next file"], await db.Posts.Select(p => p.Text).ToListAsync());
        Assert.Equal(["next.txt"], await db.SourceFiles.Select(s => s.FileName).ToListAsync());
    }

    [Fact]
    public async Task An_ingest_waits_for_another_writer_to_finish_instead_of_failing()
    {
        await using var store = await TempStore.CreateAsync();
        var path = store.WriteFixture("mfa.txt", "One");
        await using var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.StorePath};Pooling=False");
        await other.OpenAsync();
        await using var otherWrite = await other.BeginTransactionAsync(); // BEGIN IMMEDIATE: holds the write lock
        // The ingest's connection says when the ingest starts its transaction, which needs that lock.
        await store.Db.Database.OpenConnectionAsync();
        var handle = ((Microsoft.Data.Sqlite.SqliteConnection)store.Db.Database.GetDbConnection()).Handle;
        var beginning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        SQLitePCL.raw.sqlite3_trace(handle, (_, sql) =>
        {
            if (sql == PostWriter.Sql.Begin)
            {
                beginning.TrySetResult();
            }
        }, null);

        // On its own thread: SQLite's wait for the lock blocks the thread that began the transaction, and whether that is
        // still the test's thread depends on whether the file's hash was ready at the ingest's first await.
        var ingest = Task.Run(() => store.Ingester().IngestFileAsync(path));
        await beginning.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // The lock is still held: an ingest that did not wait for it has failed by now or fails on its first try.
        Assert.False(ingest.IsCompleted, "the ingest finished while another writer held the store");
        await otherWrite.CommitAsync();

        Assert.Equal(1, (await ingest).New);
        SQLitePCL.raw.sqlite3_trace(handle, (SQLitePCL.strdelegate_trace?)null, null);
    }

    private static async Task<Dictionary<string, string>> Ids(TempStore store)
    {
        await using var db = store.NewContext();
        return await db.Posts.ToDictionaryAsync(p => p.Text, p => p.Id);
    }
}
