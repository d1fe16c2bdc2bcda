using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Archive.Web.Import;

/// <summary>Wiring of the live import into the site.</summary>
public static class LiveImportServices
{
    /// <summary>
    /// Binds <see cref="LiveImportOptions"/> and, when an import folder is configured, runs <see cref="LiveImportService"/> with <paramref name="importFile"/> as the way a file goes in.
    /// </summary>
    public static IServiceCollection AddLiveImport(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, ImportFile> importFile)
    {
        services.AddOptions<LiveImportOptions>()
            .Bind(configuration.GetSection(LiveImportOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<LiveImportOptions>>().Value);

        var options = configuration.GetSection(LiveImportOptions.Section).Get<LiveImportOptions>() ?? new LiveImportOptions();
        if (!options.Enabled)
        {
            return services;
        }
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(importFile);
        services.AddSingleton(sp => new ImportFolderScanner(
            sp.GetRequiredService<LiveImportOptions>().ImportDirectory!,
            sp.GetRequiredService<LiveImportOptions>().SettleTime,
            sp.GetRequiredService<ImportFile>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ImportFolderScanner>>()));
        services.AddHostedService<LiveImportService>();
        return services;
    }
}
