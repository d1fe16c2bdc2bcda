using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Parsing;
using Archive.Storage.Channels;
using Archive.Storage.Posts;
using Archive.Storage.Sources;

namespace Archive.Search.Tests.Fixtures;

/// <summary>One real post from the sample dumps with the metadata the fixture gives it.</summary>
internal sealed record SamplePost(string Id, string Channel, string? ForwardedFrom, bool HasMedia, int Reactions, DateOnly? Published, string Text);

internal static partial class SamplePosts
{
    /// <summary>A copy of p00's text in another channel: the same content hash, so a duplicate.</summary>
    public const string DuplicateId = "p00dup";

    /// <summary>The post <see cref="DuplicateId"/> copies (the store records the two as copies).</summary>
    public const string CopiedId = "p00";

    /// <summary>Store entities for all sample posts plus <see cref="DuplicateId"/>, sharing channels and hashtags as the store does.</summary>
    public static List<Post> ToEntities()
    {
        var source = new SourceFile { Path = "/seeds", FileName = "seeds", ContentHash = "x" };
        var channels = new Dictionary<string, Channel>();
        var tags = new Dictionary<string, Hashtag>();
        var posts = new List<Post>();
        var all = All.Append(All[0] with { Id = DuplicateId, Channel = "MFA Digest", ForwardedFrom = null });
        foreach (var sample in all)
        {
            if (!channels.TryGetValue(sample.Channel, out var channel))
            {
                channels[sample.Channel] = channel = new Channel { Name = sample.Channel };
            }
            var post = new Post
            {
                Id = sample.Id,
                Channel = channel,
                SourceFile = source,
                Text = sample.Text,
                ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sample.Text)))[..32],
                Language = LanguageOf(sample.Text),
                ForwardedFrom = sample.ForwardedFrom,
                HasMedia = sample.HasMedia,
                Published = sample.Published,
                PublishedConfidence = sample.Published is null ? DateConfidence.Unknown : DateConfidence.Inferred,
                ReactionTotal = sample.Reactions,
            };
            foreach (var tag in HashtagsIn(sample.Text))
            {
                var name = Hashtags.Normalize(tag);
                if (!tags.TryGetValue(name, out var hashtag))
                {
                    tags[name] = hashtag = new Hashtag { Name = name, Display = tag };
                }
                if (!post.Hashtags.Contains(hashtag))
                {
                    post.Hashtags.Add(hashtag);
                }
            }
            foreach (var year in YearsIn(sample.Text))
            {
                post.MentionedDates.Add(new MentionedDate { Date = new DateOnly(year, 1, 1) });
            }
            posts.Add(post);
        }
        return posts;
    }

    public static IEnumerable<string> HashtagsIn(string text) =>
        HashtagPattern().Matches(text).Select(m => m.Groups[1].Value);

    private static IEnumerable<int> YearsIn(string text) =>
        YearPattern().Matches(text).Select(m => int.Parse(m.Value)).Distinct();

    private static string LanguageOf(string text)
    {
        var cyrillic = text.Count(c => c is >= 'а' and <= 'я' or >= 'А' and <= 'Я');
        var latin = text.Count(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z');
        var share = (double)cyrillic / Math.Max(1, cyrillic + latin);
        return share > 0.9 ? Languages.Russian : share < 0.1 ? Languages.English : Languages.Mixed;
    }

    [GeneratedRegex(@"#(\w+)")]
    private static partial Regex HashtagPattern();

    [GeneratedRegex(@"\b(19[0-9]{2}|20[0-2][0-9])\b")]
    private static partial Regex YearPattern();
}
