using Archive.Parsing.TelegramExports;

namespace Archive.Parsing.Tests.TelegramExports;

public class TelegramJsonFormatTests
{
    private static readonly TelegramJsonFormat Format = new();
    private static readonly ParseOptions Options = new();

    private static List<ParsedPost> ReadChannel() =>
        Format.Read(ExportFixtures.Path("channel_result.json"), Options).ToList();

    private static ParsedPost Message(List<ParsedPost> posts, long id) =>
        posts.SingleOrDefault(post => post.MessageId == id)
        ?? throw new Xunit.Sdk.XunitException($"message {id} was not read; ids read: {string.Join(", ", posts.Select(p => p.MessageId))}");

    [Fact]
    public void Service_messages_are_skipped_and_every_other_message_is_a_post_in_file_order()
    {
        var posts = ReadChannel();

        Assert.Equal([2L, 3, 4, 5, 6, 7, 8, 10], posts.Select(post => post.MessageId!.Value));
        Assert.Equal(Enumerable.Range(0, 8), posts.Select(post => post.SourceIndex));
    }

    [Fact]
    public void A_single_chat_export_names_the_channel_of_every_post()
    {
        var posts = ReadChannel();

        Assert.All(posts, post => Assert.Equal(new ParsedChannel("Архив Новостей / News Archive", null, 1234567890), post.Channel));
    }

    [Fact]
    public void A_plain_string_text_is_the_post_text_and_from_is_the_author()
    {
        var post = Message(ReadChannel(), 2);

        Assert.Equal("Hello, world! The first post of the archive.", post.Text);
        Assert.Equal("Архив Новостей / News Archive", post.Author);
        Assert.Equal(Languages.English, post.Language);
        Assert.False(post.HasMedia);
        Assert.Empty(post.Hashtags);
        Assert.Empty(post.Reactions);
    }

    [Fact]
    public void Unix_timestamps_give_the_exact_publication_and_edit_times_in_utc()
    {
        var post = Message(ReadChannel(), 3);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 11, 10, 0, TimeSpan.Zero), post.PublishedAt);
        Assert.Equal(new PublishedDate(new DateOnly(2026, 11, 25), DateConfidence.Exact), post.Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 12, 30, 45, TimeSpan.Zero), post.EditedAt);
    }

    [Fact]
    public void The_publication_day_is_the_utc_day_of_date_unixtime_not_the_local_date_field()
    {
        // Message 8: "date" says 2026-11-26T02:30 (the exporter's zone), date_unixtime is 2026-11-25 23:30 UTC.
        var post = Message(ReadChannel(), 8);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero), post.PublishedAt);
        Assert.Equal(new DateOnly(2026, 11, 25), post.Published.Date);
    }

    [Fact]
    public void Every_entity_type_contributes_its_text_in_order()
    {
        var post = Message(ReadChannel(), 3);

        Assert.Equal(
            "Victory Day is marked on 9 May #ДеньПобеды\nSource: https://example.org/a, read more by @someone quietly x = 1\n"
            + "print(1)\nA quote. secret 🔥 under struck press@example.org #Победа",
            post.Text);
    }

    [Fact]
    public void Hashtag_entities_become_hashtags_without_the_hash_and_links_give_their_addresses()
    {
        var post = Message(ReadChannel(), 3);

        Assert.Equal(["ДеньПобеды", "Победа"], post.Hashtags);
        Assert.Equal(["https://example.org/a", "https://example.org/full"], post.Urls);
        Assert.Equal("Ivan Petrov", post.Author);
    }

    [Fact]
    public void Emoji_reactions_keep_their_emoji_while_custom_emoji_and_paid_ones_are_summed_under_their_kind()
    {
        var post = Message(ReadChannel(), 3);

        Assert.Equal(
            [new("👍", 12), new("❤", 5), new("custom_emoji", 5), new("paid", 10)],
            post.Reactions);
    }

    [Fact]
    public void A_text_array_without_text_entities_is_read_with_its_hashtags()
    {
        var post = Message(ReadChannel(), 5);

        Assert.Equal("Видео дня #видео", post.Text);
        Assert.Equal(["видео"], post.Hashtags);
        Assert.Equal(Languages.Russian, post.Language);
    }

    [Fact]
    public void A_forwarded_reply_with_a_photo_left_out_of_the_export_keeps_all_three_facts()
    {
        var post = Message(ReadChannel(), 4);

        Assert.Equal("Russian MFA 🇷🇺", post.ForwardedFrom);
        Assert.Equal(2, post.ReplyToMessageId);
        Assert.True(post.HasMedia);
        Assert.Equal("photo (not included)", post.MediaNote);
        Assert.Equal(string.Empty, post.Text);
    }

    [Theory]
    [InlineData(5, "video_file: clip.mp4 (not included)")]
    [InlineData(6, "sticker: 😀")]
    [InlineData(10, "file: application/pdf")]
    public void Media_fields_give_a_short_media_note(long id, string note)
    {
        var post = Message(ReadChannel(), id);

        Assert.True(post.HasMedia);
        Assert.Equal(note, post.MediaNote);
    }

    [Fact]
    public void A_poll_becomes_its_question_and_answers_as_text_lines()
    {
        var post = Message(ReadChannel(), 7);

        Assert.Equal("Which format do you export?\nJSON\nHTML", post.Text);
        Assert.False(post.HasMedia);
    }

    [Fact]
    public void A_message_with_only_the_required_fields_reads_with_the_optional_ones_empty()
    {
        var post = Message(ReadChannel(), 8);

        Assert.Equal("שלום עולם — مرحبا بالعالم 🌍", post.Text);
        Assert.Null(post.Author);
        Assert.Null(post.ForwardedFrom);
        Assert.Null(post.ReplyToMessageId);
        Assert.Null(post.EditedAt);
        Assert.Empty(post.Reactions);
        Assert.False(post.HasMedia);
    }

    [Fact]
    public void Saved_from_counts_as_the_original_channel_and_a_hashtag_repeated_in_another_case_is_kept_once()
    {
        var post = Message(ReadChannel(), 10);

        Assert.Equal("Saved Channel", post.ForwardedFrom);
        Assert.Equal(["Report"], post.Hashtags);
        Assert.Equal(Languages.Mixed, post.Language);
    }

    [Fact]
    public void A_full_account_export_reads_the_chats_and_the_left_chats_and_nothing_else()
    {
        var posts = Format.Read(ExportFixtures.Path("account_result.json"), Options).ToList();

        Assert.Equal([101L, 102, 2], posts.Select(post => post.MessageId!.Value));
        Assert.Equal([0, 1, 2], posts.Select(post => post.SourceIndex));
        Assert.Equal(new ParsedChannel("Tech Channel", null, 2220000001), posts[0].Channel);
        Assert.Equal(new ParsedChannel("Tech Channel", null, 2220000001), posts[1].Channel);
        Assert.Equal(new ParsedChannel("Старый канал", null, 3330000002), posts[2].Channel);
        Assert.Equal("Последний пост перед уходом.", posts[2].Text);
        Assert.Equal(101, posts[1].ReplyToMessageId);
        Assert.Equal(["release"], posts[0].Hashtags);
    }

    [Fact]
    public void Malformed_json_is_rejected_naming_the_file_and_the_line()
    {
        var path = ExportFixtures.Path("broken_result.json");

        var error = Assert.Throws<InvalidDumpException>(() => Format.Read(path, Options).ToList());

        Assert.Contains("broken_result.json", error.Message);
        // The missing comma shows when the next property starts, on line 10 of the fixture.
        Assert.Contains("line 10", error.Message);
    }

    [Fact]
    public void A_file_cut_in_the_middle_is_rejected_after_the_posts_before_the_cut()
    {
        using var temp = new ExportFixtures.TempFolder();
        var whole = File.ReadAllText(ExportFixtures.Path("channel_result.json"));
        var cut = temp.File("cut.json");
        // Cut inside message 5: messages 2, 3 and 4 are whole before it.
        File.WriteAllText(cut, whole[..whole.IndexOf("\"Видео дня \"", StringComparison.Ordinal)]);

        var read = new List<long>();
        var error = Assert.Throws<InvalidDumpException>(() =>
        {
            foreach (var post in Format.Read(cut, Options))
            {
                read.Add(post.MessageId!.Value);
            }
        });

        Assert.Equal([2L, 3, 4], read);
        Assert.Contains("cut.json", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    public void A_file_that_is_not_a_json_object_is_rejected(string content)
    {
        using var temp = new ExportFixtures.TempFolder();
        var path = temp.File("odd.json");
        File.WriteAllText(path, content);

        var error = Assert.Throws<InvalidDumpException>(() => Format.Read(path, Options).ToList());

        Assert.Contains("odd.json", error.Message);
    }

    [Fact]
    public void A_missing_file_is_rejected_naming_it()
    {
        var error = Assert.Throws<InvalidDumpException>(() => Format.Read("/nonexistent/result.json", Options).ToList());

        Assert.Contains("/nonexistent/result.json", error.Message);
    }

    [Fact]
    public void A_byte_order_mark_before_the_json_is_accepted()
    {
        using var temp = new ExportFixtures.TempFolder();
        var path = temp.File("bom.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(ExportFixtures.Path("account_result.json"))]);

        Assert.Equal(3, Format.Read(path, Options).Count());
    }

    [Fact]
    public void Without_date_unixtime_the_local_date_field_gives_the_day_but_no_instant()
    {
        using var temp = new ExportFixtures.TempFolder();
        var path = temp.File("old.json");
        File.WriteAllText(path, """
            {
             "name": "Old Export",
             "type": "public_channel",
             "id": 5,
             "messages": [
              {
               "id": 1,
               "type": "message",
               "date": "2019-03-04T23:59:00",
               "text": "before unix times"
              }
             ]
            }
            """);

        var post = Assert.Single(Format.Read(path, Options));

        Assert.Null(post.PublishedAt);
        Assert.Equal(new PublishedDate(new DateOnly(2019, 3, 4), DateConfidence.Explicit), post.Published);
    }

    private static string WriteChannel(ExportFixtures.TempFolder temp, string name, string messages)
    {
        var path = temp.File(name);
        File.WriteAllText(path, "{\"name\": \"Channel\", \"type\": \"public_channel\", \"id\": 5, \"messages\": " + messages + "}");
        return path;
    }

    [Theory]
    [InlineData("99999999999999")]
    [InlineData("-99999999999999")]
    [InlineData("0")]
    [InlineData("4102444800")] // 2100-01-01: after next year
    public void An_impossible_timestamp_leaves_the_post_in_with_the_day_of_its_date_field_and_no_instant(string unixTime)
    {
        using var temp = new ExportFixtures.TempFolder();
        var path = WriteChannel(temp, "time.json", $$"""
            [{"id": 1, "type": "message", "date": "2025-02-10T10:00:00", "date_unixtime": "{{unixTime}}", "edited_unixtime": "{{unixTime}}", "text": "kept"},
             {"id": 2, "type": "message", "date": "2100-02-10T10:00:00", "date_unixtime": "{{unixTime}}", "text": "kept undated"}]
            """);

        var posts = Format.Read(path, Options).ToList();

        Assert.Equal(["kept", "kept undated"], posts.Select(p => p.Text));
        Assert.All(posts, p => Assert.Null(p.PublishedAt));
        Assert.All(posts, p => Assert.Null(p.EditedAt));
        Assert.Equal(new PublishedDate(new DateOnly(2025, 2, 10), DateConfidence.Explicit), posts[0].Published);
        Assert.Equal(PublishedDate.Unknown, posts[1].Published);
    }

    [Fact]
    public void A_lone_surrogate_is_read_as_a_replacement_character_and_the_post_kept()
    {
        using var temp = new ExportFixtures.TempFolder();
        var path = WriteChannel(temp, "surrogate.json", """
            [{"id": 1, "type": "message", "date_unixtime": "1739181600", "from": "Ed\ud83ditor",
              "text": ["a \ud83d b ", {"type": "bold", "text": "c \udc4d d"}, " \ud83d\udc4d \"ok\"\n"]}]
            """);

        var post = Assert.Single(Format.Read(path, Options));

        Assert.Equal("a \uFFFD b c \uFFFD d 👍 \"ok\"", post.Text);
        Assert.Equal("Ed\uFFFDitor", post.Author);
    }

    [Theory]
    [InlineData("{\"1\": {}}", "an object")]
    [InlineData("\"none\"", "a string")]
    [InlineData("null", "null")]
    [InlineData("42", "a number")]
    public void An_export_whose_messages_is_not_a_list_is_rejected_with_its_reason(string messages, string kind)
    {
        using var temp = new ExportFixtures.TempFolder();
        var path = WriteChannel(temp, "odd-messages.json", messages);

        var error = Assert.Throws<InvalidDumpException>(() => Format.Read(path, Options).ToList());

        Assert.Equal($"{path}: not a Telegram export: \"messages\" of Channel is {kind}, not a list of messages.", error.Message);
    }

    [Fact]
    public void A_message_over_the_post_size_limit_rejects_the_export_naming_the_message()
    {
        using var temp = new ExportFixtures.TempFolder();
        var path = WriteChannel(temp, "long.json", $$"""[{"id": 7, "type": "message", "text": "{{new string('x', 2000)}}"}]""");

        var error = Assert.Throws<InvalidDumpException>(() => Format.Read(path, new ParseOptions { MaxPostChars = 1000 }).ToList());

        Assert.Equal("long.json: message 7 is 2,000 characters long, over the limit of 1,000 (Archive:MaxPostChars)", error.Message);
    }
}
