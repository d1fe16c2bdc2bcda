using System.CommandLine;
using Archive.Web.Hosting;
using Serilog;

namespace Archive.Web.Cli;

/// <summary>The services a verb runs with: the same configuration, options and logging as the site, without the web server.</summary>
public static class CliServices
{
    /// <summary>Builds configuration (appsettings, environment, --data), binds <see cref="ArchiveOptions"/>, sets up Serilog (to stderr, so stdout stays clean for JSON output), then lets the verb add what it needs.</summary>
    public static ServiceProvider Build(ParseResult parse, Action<IServiceCollection, ArchiveOptions>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var data = parse.GetValue(ArchiveCommandLine.DataOption);
        if (data is not null)
        {
            configuration["Archive:DataDirectory"] = data;
        }

        var options = ArchiveOptions.Load(configuration);
        Directory.CreateDirectory(options.DataDirectory);

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(options);
        services.AddLogging(logging => logging.ClearProviders().AddSerilog(
            ArchiveLogging.Configure(new LoggerConfiguration(), configuration, options, toStandardError: true).CreateLogger(),
            dispose: true));
        configure?.Invoke(services, options);
        return services.BuildServiceProvider();
    }
}
