using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.WebUtilities;
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

    /// <summary>
    /// An unexpected failure or a missing page shows the site's own error page; under /api every error (a failure, an
    /// unknown path, a method the endpoint does not take) is problem JSON instead, which is what an API client reads.
    /// </summary>
    public static WebApplication UseArchiveErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // Inside the site's handlers: an API error is answered here, with a body, so they leave it alone.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = context => ApiProblemAsync(context, StatusCodes.Status500InternalServerError),
                StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
            });
            api.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = status => ApiProblemAsync(status.HttpContext, status.HttpContext.Response.StatusCode) });
        });
        return app;
    }

    private static Task ApiProblemAsync(HttpContext context, int status) => Results.Problem(
        statusCode: status,
        title: ReasonPhrases.GetReasonPhrase(status),
        detail: status switch
        {
            StatusCodes.Status404NotFound => "There is no such API endpoint; /openapi/v1.json lists them.",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not answered here; the Allow header says what is.",
            >= 500 => $"The archive failed to answer this request; it has been logged (request id {context.TraceIdentifier}).",
            _ => null,
        }).ExecuteAsync(context);

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
