using Archive.Storage.Channels;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Tests.Channels;

/// <summary>A channel's public link: the forms read, the ones refused, and the username stored.</summary>
public sealed class ChannelLinkTests
{
    [Theory]
    [InlineData("https://t.me/MFARussia", "MFARussia")]
    [InlineData("http://t.me/MFARussia/", "MFARussia")]
    [InlineData("t.me/s/MFARussia", "MFARussia")]
    [InlineData("https://telegram.me/mfa_russia", "mfa_russia")]
    [InlineData(" @MFARussia ", "MFARussia")]
    public void A_channel_address_or_an_at_name_gives_the_username(string link, string username) =>
        Assert.Equal(username, ChannelLink.UsernameOf(link));

    [Theory]
    [InlineData("MFARussia")] // a bare word may be a mistyped argument: an @ or an address says it is a link
    [InlineData("https://t.me/MFARussia/123")] // a message's address, not the channel's
    [InlineData("https://example.org/MFARussia")]
    [InlineData("@abc")] // too short to be a public username
    [InlineData("@1password")]
    [InlineData("@name with space")]
    [InlineData("https://t.me/+AbCdEf123")] // an invitation link: the channel has no public name
    public void Anything_else_is_not_a_channel_link(string link) => Assert.Null(ChannelLink.UsernameOf(link));

    [Fact]
    public void The_addresses_escape_the_username_and_add_the_message_id()
    {
        Assert.Equal("https://t.me/MFARussia", ChannelLink.Address("MFARussia"));
        Assert.Equal("https://t.me/MFARussia/42", ChannelLink.MessageAddress("MFARussia", 42));
        Assert.Equal("https://t.me/a%2Fb", ChannelLink.Address("a/b"));
    }

    [Fact]
    public async Task Setting_stores_the_username_clearing_removes_it_and_an_unknown_channel_is_refused()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Ingester().IngestFileAsync(store.WriteFixture("a.txt", "one"), "Known");
        await using var db = store.NewContext();

        Assert.True(await ChannelLink.SetAsync(db, "Known", "MFARussia"));
        Assert.Equal("MFARussia", await db.Channels.Select(c => c.Username).SingleAsync());
        Assert.False(await ChannelLink.SetAsync(db, "Unknown", "MFARussia"));
        Assert.True(await ChannelLink.SetAsync(db, "Known", null));
        Assert.Null(await db.Channels.Select(c => c.Username).SingleAsync());
    }
}
