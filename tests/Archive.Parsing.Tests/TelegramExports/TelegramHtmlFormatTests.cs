using Archive.Parsing.TelegramExports;

namespace Archive.Parsing.Tests.TelegramExports;

public class TelegramHtmlFormatTests
{
    private static readonly TelegramHtmlFormat Format = new();
    private static readonly ParseOptions Options = new();

    private static List<ParsedPost> Read(string file) =>
        Format.Read(ExportFixtures.Path("html_export", file), Options).ToList();

    private static ParsedPost Message(List<ParsedPost> posts, long id) =>
        posts.SingleOrDefault(post => post.MessageId == id)
        ?? throw new Xunit.Sdk.XunitException($"message {id} was not read; ids read: {string.Join(", ", posts.Select(p => p.MessageId))}");

    [Fact]
    public void Each_file_of_a_two_file_export_reads_its_own_messages_and_skips_service_ones()
    {
        var first = Read("messages.html");
        var second = Read("messages2.html");

        Assert.Equal([2L, 3, 5, 6, 7], first.Select(post => post.MessageId!.Value));
        Assert.Equal([0, 1, 2, 3, 4], first.Select(post => post.SourceIndex));
        Assert.Equal([8L, 9], second.Select(post => post.MessageId!.Value));
        Assert.Equal([0, 1], second.Select(post => post.SourceIndex));
    }

    [Fact]
    public void The_channel_name_comes_from_the_page_header_of_every_file()
    {
        var posts = Read("messages.html").Concat(Read("messages2.html"));

        Assert.All(posts, post => Assert.Equal(new ParsedChannel("Новости Канала"), post.Channel));
    }

    [Fact]
    public void Line_breaks_hashtag_anchors_and_links_are_read_off_the_text()
    {
        var post = Message(Read("messages.html"), 2);

        Assert.Equal("Привет, мир!\nSecond line with #news and https://example.org/a", post.Text);
        Assert.Equal(["news"], post.Hashtags);
        Assert.Equal(["https://example.org/a"], post.Urls);
        Assert.Equal(Languages.Mixed, post.Language);
    }

    [Fact]
    public void The_date_title_with_its_utc_offset_is_the_exact_publication_time()
    {
        var post = Message(Read("messages.html"), 2);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 14, 3, 11, TimeSpan.FromHours(3)), post.PublishedAt);
        Assert.Equal(new PublishedDate(new DateOnly(2026, 11, 25), DateConfidence.Exact), post.Published);
    }

    [Fact]
    public void A_negative_utc_offset_is_kept()
    {
        var post = Message(Read("messages2.html"), 8);

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 15, 30, TimeSpan.FromHours(-5)), post.PublishedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 14, 15, 30, TimeSpan.Zero), post.PublishedAt!.Value.ToUniversalTime());
    }

    [Fact]
    public void The_signature_is_the_author_and_reactions_of_all_three_kinds_are_counted()
    {
        var post = Message(Read("messages.html"), 2);

        Assert.Equal("Ivan Petrov", post.Author);
        // ❤ has no count in the file, only three userpics of the people who reacted.
        Assert.Equal(
            [new("👍", 12), new("❤", 3), new("custom_emoji", 3), new("paid", 10)],
            post.Reactions);
    }

    [Fact]
    public void A_joined_message_inherits_the_sender_and_links_to_the_message_it_replies_to()
    {
        var post = Message(Read("messages.html"), 3);

        Assert.Equal("Новости Канала", post.Author);
        Assert.Equal(2, post.ReplyToMessageId);
    }

    [Fact]
    public void Formatting_tags_keep_their_text_and_quotes_and_code_blocks_stand_on_their_own_lines()
    {
        var post = Message(Read("messages.html"), 3);

        Assert.Equal(
            "Bold italic x = 1 under struck secret\nprint(1)\nA quote.\nSee read more by @someone #ДеньПобеды",
            post.Text);
        Assert.Equal(["ДеньПобеды"], post.Hashtags);
        // The mention links to t.me but names a user; only the cited page is a link.
        Assert.Equal(["https://example.org/full"], post.Urls);
    }

    [Fact]
    public void A_forwarded_message_names_its_original_channel_and_its_photo()
    {
        var post = Message(Read("messages.html"), 5);

        Assert.Equal("Russian MFA 🇷🇺", post.ForwardedFrom);
        Assert.Equal("Заявление министерства.", post.Text);
        Assert.True(post.HasMedia);
        Assert.Equal("photo", post.MediaNote);
        Assert.Equal("Новости Канала", post.Author);
    }

    [Fact]
    public void A_video_left_out_of_the_export_is_noted_and_hebrew_text_is_kept()
    {
        var post = Message(Read("messages.html"), 6);

        Assert.Equal("video_file (not included)", post.MediaNote);
        Assert.True(post.HasMedia);
        Assert.Equal("שלום עולם", post.Text);
    }

    [Fact]
    public void A_poll_becomes_its_question_and_answers_without_the_vote_details()
    {
        var post = Message(Read("messages.html"), 7);

        Assert.Equal("Which format do you export?\nJSON\nHTML", post.Text);
        Assert.False(post.HasMedia);
    }

    [Fact]
    public void A_reply_to_a_message_in_the_previous_file_and_a_sender_shown_via_a_bot_are_read()
    {
        var post = Message(Read("messages2.html"), 8);

        Assert.Equal(2, post.ReplyToMessageId);
        Assert.Equal("Anna", post.Author);
        Assert.Equal("مرحبا بالعالم 🌍", post.Text);
    }

    [Fact]
    public void A_joined_message_with_a_file_inherits_the_sender_across_the_file_and_names_the_file()
    {
        var post = Message(Read("messages2.html"), 9);

        Assert.Equal("Anna", post.Author);
        Assert.Equal("file: report.pdf", post.MediaNote);
        Assert.Equal("Отчёт за неделю #отчёт", post.Text);
        Assert.Equal(["отчёт"], post.Hashtags);
        Assert.Equal(Languages.Russian, post.Language);
    }

    [Fact]
    public void A_date_title_without_an_offset_gives_the_day_but_no_instant()
    {
        // Exports made before Telegram Desktop wrote the offset have only the exporter's local time.
        using var temp = new ExportFixtures.TempFolder();
        var path = temp.File("messages.html");
        var page = File.ReadAllText(ExportFixtures.Path("html_export", "messages.html"))
            .Replace("title=\"25.11.2026 14:03:11 UTC+03:00\"", "title=\"25.11.2026 14:03:11\"", StringComparison.Ordinal);
        File.WriteAllText(path, page);

        var post = Format.Read(path, Options).First();

        Assert.Equal(2, post.MessageId);
        Assert.Null(post.PublishedAt);
        Assert.Equal(new PublishedDate(new DateOnly(2026, 11, 25), DateConfidence.Explicit), post.Published);
    }
}
