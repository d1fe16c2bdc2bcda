using Archive.Parsing;
using Archive.Web.Pages.Posts;

namespace Archive.Web.Tests.Pages.Posts;

/// <summary>The plain-text citation of a post for each kind of date.</summary>
public sealed class PostCitationTests
{
    private const string Permalink = "https://archive.example/posts/abc123";
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static PostView Post(DateOnly? published, DateConfidence confidence, DateOnly? earliest = null, DateOnly? latest = null) => new()
    {
        Id = "abc123",
        Channel = "MFA Russia",
        Text = "text",
        Language = "en",
        Published = published,
        PublishedConfidence = confidence,
        PublishedEarliest = earliest,
        PublishedLatest = latest,
        Reactions = [],
        Hashtags = [],
        MentionedYears = [],
        SourceFile = "001_324c6b84bf7a6647.txt",
        SourceIndex = 11,
        SourceSha256 = Sha,
    };

    private static string FirstLine(PostView post) => PostCitation.Text(post, Permalink).Split('\n')[0];

    [Fact]
    public void An_exact_date_is_cited_with_the_permalink_the_source_file_its_place_from_1_and_its_hash()
    {
        var day = new DateOnly(2025, 2, 4);

        Assert.Equal(
            "MFA Russia · 4 Feb 2025 (exact date, from the source's timestamp)\n" +
            "https://archive.example/posts/abc123\n" +
            "Source: 001_324c6b84bf7a6647.txt, post 12\n" +
            $"Source SHA-256: {Sha}",
            PostCitation.Text(Post(day, DateConfidence.Exact, day, day), Permalink));
    }

    [Fact]
    public void An_explicit_date_says_it_was_read_from_the_post()
    {
        var day = new DateOnly(2025, 2, 4);

        Assert.Equal("MFA Russia · 4 Feb 2025 (explicit date, read from the post)", FirstLine(Post(day, DateConfidence.Explicit, day, day)));
    }

    [Theory]
    [InlineData("2025-02-19", "2025-02-21", "19–21 Feb 2025")]
    [InlineData("2025-02-28", "2025-03-03", "28 Feb – 3 Mar 2025")]
    [InlineData("2025-02-10", null, "10 Feb 2025 or later")]
    [InlineData(null, "2025-02-10", "10 Feb 2025 or earlier")]
    public void An_inferred_date_is_cited_as_its_range(string? earliest, string? latest, string range)
    {
        var e = earliest is null ? (DateOnly?)null : DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture);
        var l = latest is null ? (DateOnly?)null : DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal($"MFA Russia · {range} (inferred date range, from the dated posts around it)",
            FirstLine(Post(e ?? l, DateConfidence.Inferred, e, l)));
    }

    [Fact]
    public void An_unknown_date_is_cited_as_unknown()
    {
        var lines = PostCitation.Text(Post(null, DateConfidence.Unknown), Permalink).Split('\n');

        Assert.Equal("MFA Russia · date unknown", lines[0]);
        Assert.Equal(4, lines.Length);
    }
}
