using System.CommandLine;
using System.Diagnostics;
using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Site;

/// <summary>One page's timed requests: the median and the slowest, and the status it answered.</summary>
public sealed record PageTiming(string Engine, string Page, int Status, int Rounds, double MedianMs, double MaxMs);

/// <summary>
/// "pages --data DIR [--rounds R] [PATH...] [--app DLL]": the browse pages one request at a time, as a whole-archive
/// summary (/about, /channels, /tags) is what they compute for a single reader; the empty search page for scale, or
/// chosen pages (/posts/ID). One JSON line per page.
/// </summary>
public static class PagesCommand
{
    private const int Port = 5096;

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder of an ingested archive", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Timed requests per page, after one untimed request", DefaultValueFactory = _ => 10 };
        var app = new Option<string?>("--app") { Description = "The Archive.Web.dll to serve, published as it ships (publish-app.sh); default: the one built beside the harness" };
        var paths = new Argument<string[]>("path")
        {
            Description = "The pages (default: / /about /channels /tags)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("pages", "The browse pages one request at a time: median and slowest ms per page.") { data, rounds, app, paths };
        command.SetAction(async (parse, ct) =>
        {
            var pages = parse.GetValue(paths) is { Length: > 0 } chosen ? chosen : ["/", "/about", "/channels", "/tags"];
            var count = parse.GetValue(rounds);
            await using var server = ServedApp.Start(parse.GetValue(app) ?? HarnessPaths.DefaultApp, Port,
                Path.GetFullPath(parse.GetValue(data)!));
            await server.WaitReadyAsync("pages", ct);

            // As curl timed them before: no redirect followed, a new connection per request, the whole body read.
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(2) };
            foreach (var page in pages)
            {
                // The untimed request: the first reads the store from disk, and the app's JIT compiles the page.
                var (status, _) = await GetAsync(http, server.Url(page), ct);
                var timings = new double[count];
                for (var i = 0; i < count; i++)
                {
                    (_, timings[i]) = await GetAsync(http, server.Url(page), ct);
                }
                Array.Sort(timings);
                var median = count == 0 ? 0 : count % 2 == 1 ? timings[count / 2] : (timings[count / 2 - 1] + timings[count / 2]) / 2;
                JsonLine.Print(new PageTiming("archive-web", page, status, count, Math.Round(median, 1), count == 0 ? 0 : Math.Round(timings[^1], 1)));
            }
            return 0;
        });
        return command;
    }

    /// <summary>One request on a connection of its own, its body read to the end: the status and the milliseconds it took.</summary>
    private static async Task<(int Status, double Ms)> GetAsync(HttpClient http, Uri url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.ConnectionClose = true;
        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        clock.Stop();
        return ((int)response.StatusCode, clock.Elapsed.TotalMilliseconds);
    }
}
