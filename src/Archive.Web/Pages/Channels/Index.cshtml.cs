using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Channels;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Channels;

/// <summary>/channels: each channel with its number of posts, the span of their dates and its link on Telegram, and the sources posts were forwarded from.</summary>
public sealed class IndexModel(ArchiveDbContext db, PostSearcher searcher) : PageModel
{
    public IReadOnlyList<ChannelSummary> Channels { get; private set; } = [];

    /// <summary>The forward sources over the whole archive, counted by the index's facet (the store has no index on them).</summary>
    public IReadOnlyList<FacetCount> ForwardedFrom { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Channels = await ChannelList.ReadAsync(db, ct);
        ForwardedFrom = searcher.Search(new SearchRequest { PageSize = 1 }).Facets.ForwardedFrom;
    }
}
