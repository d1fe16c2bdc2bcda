using System.Text;

namespace Archive.Parsing.Tests.ChannelDumps;

/// <summary>
/// Where a post ends when no reactions line or header says so: the lines are shaped like the samples' (file 001's
/// "Key talking points:" post, file 002's posts without markers), put together the ways the generated corpus found
/// them merged into a neighbour.
/// </summary>
public sealed class PostBoundaryTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private const string InterviewHeadline = "🎙 Watch Ambassador Andrei Kelin's interview with James Mates, Europe Editor of ITV News";
    private const string TalkingPoints = "Key talking points:";
    private const string Point1 = "🟣 We are prepared for a very serious conversation [on peace in Ukraine].";
    private const string Point2 = "🟣 Everyone should remember what happened during the Second World War.";
    private const string Tags = "#Interview #Russia";

    private const string ExhibitionHeadline = "On March 28th, the Embassy of Russia in Singapore hosted an exhibition.";
    private const string Exhibition1 = "The exhibition presents the history of Russian lighthouses and their keepers.";
    private const string Exhibition2 = "Visitors can see the exhibition until the end of April.";

    private List<ParsedPost> Parse(params string[] lines) =>
        DumpReader.Default.Open(temp.Write("dump.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")), new ParseOptions()).Posts.ToList();

    [Fact]
    public void A_second_rendering_of_short_lines_that_ends_on_the_first_ones_last_line_ends_the_post()
    {
        // The second rendering is "Key talking points:" and the hashtag line: no sentence to recognize it by,
        // but it repeats the post in order and ends where the first rendering ended.
        var posts = Parse(
            InterviewHeadline, TalkingPoints, Point1, Point2, Tags,
            TalkingPoints, Tags,
            ExhibitionHeadline, Exhibition1, Exhibition2,
            Exhibition1, Exhibition2);

        Assert.Equal(2, posts.Count);
        Assert.Equal([InterviewHeadline, TalkingPoints, Point1, Point2, Tags], posts[0].Lines());
        Assert.Equal([ExhibitionHeadline, Exhibition1, Exhibition2], posts[1].Lines());
    }

    [Fact]
    public void A_post_with_a_short_second_rendering_after_a_whole_one_is_not_taken_for_the_rest_of_it()
    {
        var posts = Parse(
            ExhibitionHeadline, Exhibition1, Exhibition2,
            Exhibition1, Exhibition2,
            InterviewHeadline, TalkingPoints, Point1, Point2, Tags,
            TalkingPoints, Tags,
            "👍30💯7❤5👏5");

        Assert.Equal(2, posts.Count);
        Assert.Equal([ExhibitionHeadline, Exhibition1, Exhibition2], posts[0].Lines());
        Assert.Equal([InterviewHeadline, TalkingPoints, Point1, Point2, Tags], posts[1].Lines());
        Assert.Empty(posts[0].Reactions);
        Assert.Equal(4, posts[1].Reactions.Count);
    }

    [Fact]
    public void A_line_only_the_second_rendering_has_stays_in_its_post_when_short_lines_close_it()
    {
        // The first rendering lacks Point2; after it in the second come only a link label and a hashtag line,
        // too short to recognize, but the same two lines the first rendering ended on.
        var posts = Parse(
            InterviewHeadline, Point1, "Read in full", Tags,
            Point1, Point2, "Read in full", Tags,
            ExhibitionHeadline, Exhibition1, Exhibition2,
            Exhibition1, Exhibition2);

        Assert.Equal(2, posts.Count);
        Assert.Equal([InterviewHeadline, Point1, Point2, "Read in full", Tags], posts[0].Lines());
        Assert.Equal([ExhibitionHeadline, Exhibition1, Exhibition2], posts[1].Lines());
    }

    [Fact]
    public void The_unsupported_content_notice_ends_its_post_and_the_reactions_after_it_still_belong_to_it()
    {
        // Sample 002, line 213: the notice, then the next post's body without any marker between them.
        // The first post is shown once, so only the notice tells where it ends.
        var posts = Parse(
            InterviewHeadline, Point1,
            "Please open Telegram to view this post", "VIEW IN TELEGRAM",
            ExhibitionHeadline, Exhibition1, Exhibition2,
            Exhibition1, Exhibition2,
            "Please open Telegram to view this post", "VIEW IN TELEGRAM",
            "❤2",
            Point2, Tags);

        Assert.Equal(3, posts.Count);
        Assert.Equal([InterviewHeadline, Point1], posts[0].Lines());
        Assert.Empty(posts[0].Reactions);
        Assert.Equal([ExhibitionHeadline, Exhibition1, Exhibition2], posts[1].Lines());
        Assert.Equal([new KeyValuePair<string, int>("❤", 2)], posts[1].Reactions);
        Assert.Equal([Point2, Tags], posts[2].Lines());
    }

    [Fact]
    public void Markers_before_a_post_with_no_body_do_not_pass_to_the_next_post()
    {
        // A forwarded post Telegram cannot show has no body: its header must not name the next post's source.
        var posts = Parse(
            "Forwarded from Russian MFA 🇷🇺",
            "Please open Telegram to view this post", "VIEW IN TELEGRAM",
            ExhibitionHeadline, Exhibition1, Exhibition2,
            Exhibition1, Exhibition2);

        var post = Assert.Single(posts);
        Assert.Null(post.ForwardedFrom);
        Assert.Equal([ExhibitionHeadline, Exhibition1, Exhibition2], post.Lines());
    }

    [Fact]
    public void An_elision_inside_the_body_does_not_close_a_second_rendering_that_ends_on_one()
    {
        // The body ends on "<...>" and has one inside; the first rendering lacks the point between them.
        var posts = Parse(
            Tags, InterviewHeadline, TalkingPoints, "<...>", "<...>",
            InterviewHeadline, TalkingPoints, "<...>", Point1, "<...>",
            "👍30💯7");

        var post = Assert.Single(posts);
        Assert.Equal([Tags, InterviewHeadline, TalkingPoints, "<...>", Point1, "<...>"], post.Lines());
    }

    [Fact]
    public void An_elision_shown_three_times_in_a_row_is_not_a_second_rendering()
    {
        var posts = Parse(
            InterviewHeadline, "<...>", "<...>", "<...>", Point1, Point2,
            Point1, Point2);

        var post = Assert.Single(posts);
        Assert.Equal([InterviewHeadline, "<...>", "<...>", "<...>", Point1, Point2], post.Lines());
    }
}
