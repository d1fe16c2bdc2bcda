using Microsoft.AspNetCore.HttpOverrides;
using Serilog;
using Serilog.Events;

namespace Archive.Web.Hosting;

/// <summary>The front of the request pipeline: reverse-proxy support, error pages, request logging.</summary>
public static class ArchivePipeline
{
    /// <summary>Serves under <see cref="ArchiveOptions.PathBase"/> and trusts X-Forwarded-* when <see cref="ArchiveOptions.BehindProxy"/>.</summary>
    public static WebApplication UseArchiveProxySupport(this WebApplication app, ArchiveOptions options)
    {
        if (options.BehindProxy)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            // The proxy is whoever the operator put in front; its address is not known here.
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }
        if (!string.IsNullOrEmpty(options.PathBase))
        {
            app.UsePathBase(options.PathBase);
        }
        // Routing after the path base, so routes match what is left of the path.
        app.UseRouting();
        return app;
    }

    /// <summary>An unexpected failure or a missing page shows the site's own error page (the API answers problem JSON).</summary>
    public static WebApplication UseArchiveErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }

    /// <summary>One line per request: method, path, status, elapsed ms. Probes log at Debug so they do not drown the rest.</summary>
    public static WebApplication UseArchiveRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(logging =>
        {
            logging.Logger = app.Services.GetService<Serilog.ILogger>();
            logging.MessageTemplate = "{RequestMethod} {RequestPath} {StatusCode} {Elapsed:0.0} ms";
            logging.GetLevel = (context, _, error) =>
                error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/healthz") || context.Request.Path.StartsWithSegments("/readyz") ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
        return app;
    }
}
