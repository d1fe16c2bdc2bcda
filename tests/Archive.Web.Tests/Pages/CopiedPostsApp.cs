using Archive.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Pages;

/// <summary>
/// The posts of three channels that carry one text: the first (16 March 2022), a copy with a forward header and its
/// emoji cut (17 March), and one with a line added (18 March), each in a web-preview dump of its own.
/// </summary>
public static class CopiedPosts
{
    public const string First = "axolotl_news", Forwarded = "axolotl_echo", LineAdded = "axolotl_digest";

    private const string Body = """
        Axolotls in the lake of Xochimilco are counted again this spring by the biologists of the national university.
        The count of the salamanders, which regrow their limbs, found more of them than the year before, after the canals were cleaned.
        Farmers of the chinampas, the floating gardens around the canals, keep the water clean without pesticides, and the
        biologists mark each animal they catch with a small tag of light before they let it go back into the water.
        """;

    /// <summary>The three dumps, by file name (the channel's name and .txt).</summary>
    public static IReadOnlyDictionary<string, string> Dumps { get; } = new Dictionary<string, string>
    {
        [First + ".txt"] = $"📍 Mexico City, March 16, 2022\n🦎 {Body}\n👍5\n",
        [Forwarded + ".txt"] = $"Forwarded from {First}\n📍 Mexico City, March 17, 2022\n{Body}\n👍2\n",
        [LineAdded + ".txt"] = $"📍 Mexico City, March 18, 2022\n{Body}\nSubscribe to our digest for more news of the lakes.\n❤1\n",
    };

    /// <summary>Each channel's one post id.</summary>
    public static Dictionary<string, string> Ids(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        return db.Posts.Where(p => p.Channel.Name.StartsWith("axolotl_")).Select(p => new { p.Channel.Name, p.Id })
            .AsEnumerable().ToDictionary(p => p.Name, p => p.Id);
    }
}

/// <summary>The demo archive plus <see cref="CopiedPosts"/>.</summary>
public sealed class CopiedPostsApp : ArchiveAppFixture
{
    protected override IReadOnlyDictionary<string, string> ExtraDumps => CopiedPosts.Dumps;
}
