using Serilog;
using Serilog.Configuration;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Archive.Web.Hosting;

/// <summary>One Serilog set-up for the site and the verbs: console for people, compact JSON files for machines.</summary>
public static class ArchiveLogging
{
    /// <summary>
    /// Logs through Serilog, configured from the "Serilog" section, to the console (stderr for a verb, so that stdout
    /// is its output) and to {data}/logs.
    /// </summary>
    public static IHostApplicationBuilder AddArchiveLogging(this IHostApplicationBuilder builder, ArchiveOptions options, bool toStandardError)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSerilog((_, logger) => Configure(logger, configuration, options, toStandardError), preserveStaticLogger: true);
        return builder;
    }

    private static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration, ArchiveOptions options, bool toStandardError)
    {
        logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext();

        if (string.Equals(options.LogFormat, "json", StringComparison.OrdinalIgnoreCase))
        {
            logger.WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: toStandardError ? LogEventLevel.Verbose : null);
        }
        else
        {
            logger.WriteTo.Sink(LoggerSinkConfiguration.Wrap(console => new TextLogEscaping(console),
                sinks => sinks.Console(standardErrorFromLevel: toStandardError ? LogEventLevel.Verbose : null)));
        }

        // The file sink makes the folder with its first file, at the first event: a verb that stops before logging
        // anything (no archive in --data) leaves no logs folder behind.
        logger.WriteTo.File(new CompactJsonFormatter(), Path.Combine(options.LogDirectory, "archive-.clef"),
            rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14, shared: true);
        return logger;
    }
}
