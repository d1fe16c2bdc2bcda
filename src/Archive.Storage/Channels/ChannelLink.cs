using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage.Channels;

/// <summary>A channel's public Telegram link: read from "https://t.me/USERNAME" or "@USERNAME", kept as the channel's username.</summary>
public static partial class ChannelLink
{
    /// <summary>What a link may look like, for messages about one that is not.</summary>
    public const string Forms = "https://t.me/USERNAME or @USERNAME (a public username: 4 to 32 letters, digits or underscores, starting with a letter)";

    /// <summary>
    /// The username in <paramref name="link"/>: "@name", or the channel's address on t.me or telegram.me (its
    /// web preview "t.me/s/name" too); null when it is none of these.
    /// </summary>
    public static string? UsernameOf(string link)
    {
        var match = LinkPattern().Match(link.Trim());
        return match.Success ? match.Groups["name"].Value : null;
    }

    /// <summary>The channel's address on Telegram.</summary>
    public static string Address(string username) => $"https://t.me/{Uri.EscapeDataString(username)}";

    /// <summary>The address of one message of the channel on Telegram.</summary>
    public static string MessageAddress(string username, long messageId) => $"{Address(username)}/{messageId}";

    /// <summary>Sets (or with null clears) the username of the channel named <paramref name="channel"/>; false when there is none.</summary>
    public static async Task<bool> SetAsync(ArchiveDbContext db, string channel, string? username, CancellationToken ct = default) =>
        await db.Channels.Where(c => c.Name == channel).ExecuteUpdateAsync(set => set.SetProperty(c => c.Username, username), ct) > 0;

    [GeneratedRegex(@"^(?:@|(?:https?://)?(?:www\.)?(?:t|telegram)\.me/(?:s/)?)(?<name>[A-Za-z][A-Za-z0-9_]{3,31})/?$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
