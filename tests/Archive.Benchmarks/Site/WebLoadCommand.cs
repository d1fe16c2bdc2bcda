using System.CommandLine;
using System.Text.Json.Nodes;
using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Site;

/// <summary>The server's CPU time over the measured window: in all, per request (the figure other load on the machine distorts least), and in cores kept busy.</summary>
public sealed record ServerCpu(string Engine, double ServerCpuS, double CpuMsPerRequest, double ServerCoresBusy);

/// <summary>The server's peak and current resident memory after the load.</summary>
public sealed record ServerMemory(string Engine, double PeakRssMb, double RssMb);

/// <summary>
/// "web-load --data DIR [--connections C] [--seconds S] [--path P] [--warmup W] [--app DLL]": the published app serving
/// the search page (facets, snippets, timeline) or the API under wrk's load. Prints wrk's line, the server's CPU line
/// and its memory line.
/// </summary>
public static class WebLoadCommand
{
    private const int Port = 5097;
    private const string Engine = "archive-web";

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder of an ingested archive", Required = true };
        var connections = new Option<int>("--connections") { Description = "wrk connections", DefaultValueFactory = _ => 32 };
        var seconds = new Option<int>("--seconds") { Description = "Seconds measured", DefaultValueFactory = _ => 30 };
        var path = new Option<string>("--path") { Description = "Where the queries go: / (the search page) or /api/search", DefaultValueFactory = _ => "/" };
        var warmup = new Option<int>("--warmup") { Description = "Seconds of the same load before the measured window", DefaultValueFactory = _ => 30 };
        var queries = new Option<string>("--queries") { Description = "Query file, one request per line", DefaultValueFactory = _ => HarnessPaths.DefaultQueries };
        var app = new Option<string?>("--app") { Description = "The Archive.Web.dll to serve, published as it ships (publish-app.sh); default: the one built beside the harness" };
        var command = new Command("web-load", "The search page (or the API) under wrk's load: wrk's figures, the server's CPU per request, its memory.")
        {
            data, connections, seconds, path, warmup, queries, app,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (Wrk.Missing() is { } missing)
            {
                await Console.Error.WriteLineAsync("web-load: " + missing);
                return 2;
            }
            var load = new WrkLoad(2, parse.GetValue(connections), Path.GetFullPath(parse.GetValue(queries)!), parse.GetValue(path)!);
            var measured = parse.GetValue(seconds);
            await using var server = ServedApp.Start(parse.GetValue(app) ?? HarnessPaths.DefaultApp, Port,
                Path.GetFullPath(parse.GetValue(data)!));
            await server.WaitReadyAsync("web-load", ct);

            // Warm-up first: on two cores tiered compilation (with its instrumented tier for dynamic PGO) was still
            // re-compiling hot methods well past 5 s, and that JIT work made up most of the server's CPU in a window
            // measured without it.
            await Wrk.RunAsync(server, load, parse.GetValue(warmup), ct);
            var before = ProcessStats.CpuSeconds(server.Pid);
            var line = await Wrk.RunAsync(server, load, measured, ct);
            var cpu = ProcessStats.CpuSeconds(server.Pid) - before;

            // wrk's line as its script wrote it (the numbers keep their text), through the harness's writer.
            var figures = JsonNode.Parse(line)!.AsObject();
            JsonLine.Print(figures);
            var requests = figures["requests"]!.GetValue<double>();
            JsonLine.Print(new ServerCpu(Engine, Math.Round(cpu, 2), requests > 0 ? Math.Round(1000 * cpu / requests, 3) : 0,
                Math.Round(cpu / measured, 2)));
            JsonLine.Print(new ServerMemory(Engine, ProcessStats.PeakRssMb(server.Pid), ProcessStats.RssMb(server.Pid)));
            return 0;
        });
        return command;
    }
}
