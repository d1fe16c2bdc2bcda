using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Pages;

/// <summary>
/// The demo archive plus one small Telegram export written here: a public channel with a known username, a post replying
/// to another, a reply to a message the archive lacks, an edited post with an author, and an XSS probe;
/// and a one-post web-preview dump with no date.
/// </summary>
public sealed class ProbeArchiveApp : ArchiveAppFixture
{
    public const string ProbeChannel = "Probe Channel";
    public const string ProbeUsername = "probe_channel";

    /// <summary>Text that must reach every page and API as text, never as markup.</summary>
    public const string ScriptProbe = "<script>alert(1)</script>";
    public const string ImageProbe = "<img src=x onerror=alert(1)>";

    /// <summary>A web-preview dump of one post with no date in it or around it: the archive's one undated post.</summary>
    public const string UndatedDump = "undated_probe.txt";

    /// <summary>A dump the ingest rejects (it is empty), for the about page to list.</summary>
    public const string EmptyDump = "empty_dump.txt";

    /// <summary>Message 10: 1700000000 = 2023-11-14 22:13:20 UTC, edited an hour later, by a named author.</summary>
    public const string Export = """
        {
         "name": "Probe Channel",
         "type": "public_channel",
         "id": 987654321,
         "username": "probe_channel",
         "messages": [
          {
           "id": 10,
           "type": "message",
           "date": "2023-11-14T22:13:20",
           "date_unixtime": "1700000000",
           "edited": "2023-11-14T23:13:20",
           "edited_unixtime": "1700003600",
           "from": "Probe Channel",
           "author": "Olga Smirnova",
           "text": ["Zanzibarian lighthouse keepers meet on Tuesday ", {"type": "hashtag", "text": "#Lighthouses"}],
           "text_entities": [{"type": "plain", "text": "Zanzibarian lighthouse keepers meet on Tuesday "}, {"type": "hashtag", "text": "#Lighthouses"}]
          },
          {
           "id": 11,
           "type": "message",
           "date": "2023-11-15T08:00:00",
           "date_unixtime": "1700035200",
           "from": "Probe Channel",
           "reply_to_message_id": 10,
           "text": "Xylophonic probe <script>alert(1)</script> and <img src=x onerror=alert(1)> in one post",
           "text_entities": [{"type": "plain", "text": "Xylophonic probe <script>alert(1)</script> and <img src=x onerror=alert(1)> in one post"}]
          },
          {
           "id": 12,
           "type": "message",
           "date": "2023-11-16T08:00:00",
           "date_unixtime": "1700121600",
           "from": "Probe Channel",
           "reply_to_message_id": 999,
           "text": "Quokkas answer a message this archive never saw",
           "text_entities": [{"type": "plain", "text": "Quokkas answer a message this archive never saw"}]
          }
         ]
        }
        """;

    protected override IReadOnlyDictionary<string, string> ExtraDumps => new Dictionary<string, string>
    {
        ["probe_result.json"] = Export,
        [EmptyDump] = "",
        [UndatedDump] = "Quinces ripen in a probe channel that never says when\n👍3\n",
    };

    /// <summary>The stored id of the probe post with that Telegram message id.</summary>
    public string PostIdOfMessage(long messageId)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        return db.Posts.Where(p => p.Channel.Name == ProbeChannel && p.MessageId == messageId).Select(p => p.Id).Single();
    }
}

/// <summary>One probed app for every test class that reads it.</summary>
[CollectionDefinition(Name)]
public sealed class ProbeArchiveCollection : ICollectionFixture<ProbeArchiveApp>
{
    public const string Name = "probed archive app";
}
