using System.CommandLine;

namespace Archive.Web.Cli;

/// <summary>"healthcheck": asks the running site whether it is alive, for container health checks (the runtime image has no curl).</summary>
public static class HealthcheckCommand
{
    /// <summary>Long enough for a busy site to answer, short enough to finish inside the image's HEALTHCHECK timeout.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private static readonly Option<string?> UrlOption = new("--url")
    {
        HelpName = "URL",
        Description = "URL to GET (default: /healthz on the port in ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS, else 8080, at 127.0.0.1)",
    };

    public static Command Create()
    {
        var command = new Command("healthcheck", "Exit 0 when the running site answers its health URL with success, 1 when not.");
        command.Options.Add(UrlOption);
        command.SetAction(async (parse, ct) =>
        {
            var given = parse.GetValue(UrlOption);
            Uri url;
            if (given is null)
            {
                url = DefaultUrl(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"), Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));
            }
            else if (!Uri.TryCreate(given, UriKind.Absolute, out url!) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                await Console.Error.WriteLineAsync($"archive: --url must be an absolute http(s) URL, not \"{given}\"");
                return ArchiveCommandLine.UsageError;
            }
            return await CheckAsync(url, Timeout, Console.Out, ct);
        });
        return command;
    }

    /// <summary>GETs <paramref name="url"/>: <see cref="ArchiveCommandLine.Ok"/> on a success status, <see cref="ArchiveCommandLine.SomeFailed"/> on any other status, a refused connection or a timeout.</summary>
    public static async Task<int> CheckAsync(Uri url, TimeSpan timeout, TextWriter output, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            await output.WriteLineAsync($"{url}: {(int)response.StatusCode} {response.ReasonPhrase}");
            return response.IsSuccessStatusCode ? ArchiveCommandLine.Ok : ArchiveCommandLine.SomeFailed;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            await output.WriteLineAsync($"{url}: no answer within {timeout.TotalSeconds:0.#} s");
            return ArchiveCommandLine.SomeFailed;
        }
        catch (HttpRequestException e)
        {
            await output.WriteLineAsync($"{url}: {e.Message}");
            return ArchiveCommandLine.SomeFailed;
        }
    }

    /// <summary>
    /// Where the site listens, as Kestrel reads it: ASPNETCORE_URLS wins over ASPNETCORE_HTTP_PORTS; 8080 (the image's port) when neither is set.
    /// Wildcard hosts ("+", "*", 0.0.0.0, [::]) become 127.0.0.1, since the check runs beside the site.
    /// </summary>
    public static Uri DefaultUrl(string? aspNetCoreUrls, string? httpPorts)
    {
        var firstHttpUrl = Split(aspNetCoreUrls).FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (firstHttpUrl is not null)
        {
            var authority = firstHttpUrl["http://".Length..].Split('/')[0];
            var colon = authority.LastIndexOf(':');
            var port = colon >= 0 && !authority.EndsWith(']') ? authority[(colon + 1)..] : "80";
            var host = colon >= 0 && !authority.EndsWith(']') ? authority[..colon] : authority;
            if (host is "+" or "*" or "0.0.0.0" or "[::]" or "")
            {
                host = "127.0.0.1";
            }
            return new Uri($"http://{host}:{port}/healthz");
        }
        var firstPort = Split(httpPorts).FirstOrDefault() ?? "8080";
        return new Uri($"http://127.0.0.1:{firstPort}/healthz");
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
