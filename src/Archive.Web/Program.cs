using Archive.Search;
using Archive.Storage;
using Archive.Web.Api;
using Archive.Web.Cli;
using Archive.Web.Downloads;
using Archive.Web.Feeds;
using Archive.Web.Health;
using Archive.Web.Hosting;
using Archive.Web.Ingest;
using Archive.Web.Searching;

// One executable: the site (no verb, or "serve") and the command-line verbs, so the image has one entry point.
// A usage error, a bad setting or an unreadable store ends as one line on stderr and exit 2 (ArchiveCommandLine).
return await ArchiveCommandLine.RunAsync(args, BuildVerbHost, ServeAsync);

// What the site and the verbs share: settings bound and validated once, logging, the store, the index, the ingest.
static ArchiveOptions AddArchive(IHostApplicationBuilder builder, string? dataDirectory, bool logToStandardError)
{
    var options = builder.AddArchiveOptions(dataDirectory);
    builder.AddArchiveLogging(options, toStandardError: logToStandardError);
    builder.Services.AddArchiveStore(options.StorePath).AddArchiveSearch(options.IndexPath).AddArchiveIngest(options);
    return options;
}

// A verb: the generic host over the settings beside the program and in the environment; its logs go to stderr so
// that stdout is the verb's output. Each verb opens the archive itself (ArchiveOpener), as much as it needs.
static IHost BuildVerbHost(string? dataDirectory)
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
    AddArchive(builder, dataDirectory, logToStandardError: true);
    return builder.Build();
}

// The site: the same services and its own, the pipeline in order, the endpoints; the archive opens before it listens.
static async Task<int> ServeAsync(string[] args, string? dataDirectory, CancellationToken ct)
{
    // The site's settings are beside the program, wherever it is run from (static assets are found through their
    // manifest there): the working directory is the user's, for the data folder and the paths they give.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    var options = AddArchive(builder, dataDirectory, logToStandardError: false);
    builder.AddArchiveSite(options);

    var app = builder.Build();
    app.UseArchiveProxySupport(options);
    app.UseArchiveSecurityHeaders();
    app.UseArchiveRequestLogging();
    app.UseArchiveErrorPages();
    app.UseRateLimiter();
    app.UseSearchSlots();

    app.MapStaticAssets();
    app.MapRazorPages().TakeSearchSlot();
    app.MapArchiveApi();
    app.MapArchiveDownloads();
    app.MapArchiveFeeds();
    app.MapArchiveHealth();
    app.MapArchiveOpenApi();

    await app.OpenArchiveAsync(ct);
    await app.RunAsync(ct);
    return ArchiveCommandLine.Ok;
}
