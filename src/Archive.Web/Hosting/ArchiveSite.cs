using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Archive.Web.Health;
using Archive.Web.Ingest;
using Archive.Web.LiveImport;
using Archive.Web.Searching;
using Archive.Web.Api;
using Microsoft.AspNetCore.Routing;

namespace Archive.Web.Hosting;

/// <summary>What the site registers on top of what it shares with the verbs: pages, the API's JSON, limits, health, start-up, live import.</summary>
public static class ArchiveSite
{
    /// <summary>GET and HEAD: what the pages, feeds and documents answer.</summary>
    public static readonly HttpMethodMetadata ReadOnlyMethods = new([HttpMethods.Get, HttpMethods.Head]);

    /// <summary>Registers the site's own services; <see cref="ArchiveOptions"/>, logging, the store, the index and the ingest are registered by the same extensions the verbs use.</summary>
    public static WebApplicationBuilder AddArchiveSite(this WebApplicationBuilder builder, ArchiveOptions options)
    {
        // A build run outside Development (dotnet run, benchmarks) finds wwwroot and its compressed copies through the
        // build's asset manifest; a published app has no such manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddRazorPages(pages => pages.Conventions.AddFolderApplicationModelConvention("/", page =>
        {
            // The pages only read: other methods get 405 with Allow (a page run for a method it has no handler for
            // failed). The error page takes any method, since it is run again under the method of the request that failed.
            if (page.ViewEnginePath != "/Error")
            {
                page.EndpointMetadata.Add(ReadOnlyMethods);
            }
        }));
        // Russian text stays as characters: the default encoder writes every Cyrillic letter as an 8-byte entity.
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddProblemDetails();
        services.AddOpenApi();

        services.AddArchiveRateLimits(options);
        services.AddSingleton<SearchSlots>();
        services.AddSingleton<PublicLinks>();
        services.AddArchiveHealth();

        services.AddSingleton<ArchiveReadiness>();
        services.AddHostedService<SegmentMerging>();
        services.AddHostedService<RenamedChannelsIndexing>();
        // Hosted, so it starts with the host: after the archive is opened (Program.cs), so the store is migrated and
        // the demo is in before the first scan.
        services.AddLiveImport(options, LiveImportServices.ImportFileVia);
        return builder;
    }
}
