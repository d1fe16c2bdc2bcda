using Archive.Storage;
using Archive.Storage.Channels;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Channels;

/// <summary>/channels: each channel with its number of posts, the span of their dates and its link on Telegram.</summary>
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<ChannelSummary> Channels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Channels = await ChannelList.ReadAsync(db, ct);
}
