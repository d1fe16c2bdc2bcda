using System.Globalization;
using System.Text.Json;

namespace Archive.Web.Tests.Pages.Channels;

/// <summary>
/// The demo archive plus a Telegram export of a channel long enough to page through: 75 posts from January to June
/// 2024 (none in April), every third with a photo, every fourth forwarded from one of two sources (one with a slash in
/// its name), every fifth tagged.
/// </summary>
public sealed class ChannelArchiveApp : ArchiveAppFixture
{
    public const string Channel = "Long Channel/Долгий канал";
    public const string SourceA = "Wombat News";
    public const string SourceB = "Numbat Daily/Намбат";

    /// <summary>Messages 1..75 and their days: 15 a month in January, February, March, May and June 2024.</summary>
    public static IReadOnlyList<(int Id, DateOnly Day)> Messages { get; } = Enumerable.Range(0, 75)
        .Select(i => (Id: i + 1, Day: new DateOnly(2024, new[] { 1, 2, 3, 5, 6 }[i / 15], 1 + i % 15)))
        .ToArray();

    public static string? SourceOf(int id) => id % 4 == 0 ? (id % 8 == 0 ? SourceB : SourceA) : null;

    private static string Export()
    {
        var messages = Messages.Select(m =>
        {
            var at = m.Day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
            var text = $"Quagga note number {m.Id} about tapirs" + (m.Id % 5 == 0 ? " #Tapirs" : "");
            var message = new Dictionary<string, object?>
            {
                ["id"] = m.Id,
                ["type"] = "message",
                ["date"] = at.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                ["date_unixtime"] = new DateTimeOffset(at).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                ["from"] = Channel,
                ["text"] = text,
            };
            if (SourceOf(m.Id) is { } source)
            {
                message["forwarded_from"] = source;
            }
            if (m.Id % 3 == 0)
            {
                message["photo"] = $"photos/photo_{m.Id}.jpg";
            }
            return message;
        });
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["name"] = Channel,
            ["type"] = "public_channel",
            ["id"] = 123123123,
            ["messages"] = messages,
        });
    }

    protected override IReadOnlyDictionary<string, string> ExtraDumps => new Dictionary<string, string> { ["long_result.json"] = Export() };
}

/// <summary>One app for every test class that reads the long channel.</summary>
[CollectionDefinition(Name)]
public sealed class ChannelArchiveCollection : ICollectionFixture<ChannelArchiveApp>
{
    public const string Name = "long channel app";
}
