using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Archive.Search;
using Archive.Storage;
using Archive.Web.Health;
using Archive.Web.Import;
using Archive.Web.Security;
using Serilog;

namespace Archive.Web.Hosting;

/// <summary>Everything the site registers, in one place: options, logging, the store, the index, pages, the API's JSON, limits, health, start-up.</summary>
public static class ArchiveWebServices
{
    /// <summary>Binds and validates <see cref="ArchiveOptions"/> (a bad setting stops the start) and registers the site's services.</summary>
    public static ArchiveOptions AddArchiveWeb(this WebApplicationBuilder builder)
    {
        var options = ArchiveOptions.Load(builder.Configuration);
        Directory.CreateDirectory(options.DataDirectory);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSerilog((_, logger) => ArchiveLogging.Configure(logger, builder.Configuration, options, toStandardError: false),
            preserveStaticLogger: true);

        services.AddArchiveStore(options.StorePath);
        services.AddArchiveSearch(options.IndexPath);
        services.AddArchiveImport(options);

        services.AddRazorPages();
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
        services.AddArchiveHealth();

        services.AddSingleton<ArchiveReadiness>();
        services.AddHostedService<ArchiveStartup>();
        services.AddHostedService<SegmentMerging>();
        // After the start-up above, so the store is migrated and the demo is in before the first scan.
        services.AddLiveImport(builder.Configuration, ImportServices.ImportFileVia);
        return options;
    }
}
