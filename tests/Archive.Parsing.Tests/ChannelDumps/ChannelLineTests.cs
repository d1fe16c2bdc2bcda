using Archive.Parsing.ChannelDumps;

namespace Archive.Parsing.Tests.ChannelDumps;

public sealed class ChannelLineTests
{
    [Theory]
    [InlineData("👍18❤8💯2😁1", 4)]
    [InlineData("❤1", 1)]
    [InlineData("🥰18👍15👏6❤4🤔3", 5)]
    [InlineData("👍36❤15👏7👎1🤯1😢1😎1", 7)]
    public void A_line_of_emoji_and_counts_is_reactions(string line, int count)
    {
        Assert.Equal(ChannelLineKind.Reactions, ChannelLine.Classify(line));
        Assert.True(ChannelLine.TryParseReactions(line, out var reactions));
        Assert.Equal(count, reactions.Count);
    }

    [Fact]
    public void Reactions_keep_emoji_and_counts_in_order()
    {
        Assert.True(ChannelLine.TryParseReactions("👍18❤8💯2😁1", out var reactions));
        Assert.Equal(PostText.R(("👍", 18), ("❤", 8), ("💯", 2), ("😁", 1)), reactions);
    }

    [Theory]
    [InlineData("8️⃣0️⃣ years ago, on February 4, 1945")]
    [InlineData("🔹 1")]
    [InlineData("2025")]
    [InlineData("👍")]
    [InlineData("#Victory80")]
    public void Body_lines_are_not_reactions(string line)
    {
        Assert.Equal(ChannelLineKind.Body, ChannelLine.Classify(line));
    }

    [Theory]
    [InlineData("Media is too big", ChannelLineKind.MediaPlaceholder)]
    [InlineData("This media is not supported in your browser", ChannelLineKind.MediaPlaceholder)]
    [InlineData("VIEW IN TELEGRAM", ChannelLineKind.ViewInTelegram)]
    [InlineData("Please open Telegram to view this post", ChannelLineKind.UnsupportedNotice)]
    [InlineData("Forwarded from Russian MFA 🇷🇺", ChannelLineKind.ForwardHeader)]
    [InlineData("   ", ChannelLineKind.Blank)]
    public void Marker_lines_are_recognised(string line, ChannelLineKind kind)
    {
        Assert.Equal(kind, ChannelLine.Classify(line));
    }

    [Fact]
    public void The_forwarded_channel_is_kept_as_written_and_trimmed()
    {
        Assert.Equal("Russia in OSCE/Россия в ОБСЕ", ChannelLine.ForwardedChannel("Forwarded from Russia in OSCE/Россия в ОБСЕ  "));
    }
}
