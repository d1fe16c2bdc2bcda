using System.CommandLine;
using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Ingest;

/// <summary>"ingest --data DIR CORPUS": runs the real app's ingest verb as a child process and reports rate, peak memory and size on disk.</summary>
public static class IngestCommand
{
    public static readonly Option<string?> AppOption = new("--app")
    {
        Description = "Path to Archive.Web.dll (default: the one built beside the harness)",
    };

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder for the run (must be empty or absent)", Required = true };
        var corpus = new Argument<string>("corpus") { Description = "Folder or file of dumps to ingest" };
        var export = new Option<string?>("--export") { Description = "Where to write the JSONL export (default: DATA.export.jsonl)" };
        var reindex = new Option<bool>("--reindex") { Description = "Also time a full 'reindex' from the store (the index build rate)" };
        var command = new Command("ingest", "Measure the app's ingest: posts/s, MB/s, peak RSS, store and index size.")
        {
            data, corpus, export, reindex, AppOption,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dataDir = parse.GetValue(data)!;
            if (Directory.Exists(dataDir) && Directory.EnumerateFileSystemEntries(dataDir).Any())
            {
                await Console.Error.WriteLineAsync($"ingest: {dataDir} is not empty; a benchmark ingest starts from an empty data folder.");
                return 2;
            }
            var report = await RunAsync(parse.GetValue(AppOption) ?? HarnessPaths.DefaultApp, dataDir, parse.GetValue(corpus)!,
                parse.GetValue(export) ?? dataDir.TrimEnd('/') + ".export.jsonl", parse.GetValue(reindex), ct);
            JsonLine.Print(report);
            return report.ExitCode == 0 ? 0 : 1;
        });
        return command;
    }

    public static async Task<IngestReport> RunAsync(string app, string dataDir, string corpus, string exportFile, bool reindex, CancellationToken ct)
    {
        var inputBytes = HarnessPaths.SizeOf(corpus);
        var ingest = await ChildProcess.RunAsync(app, ["ingest", "--data", dataDir, corpus], ct: ct);

        // The posts are counted from the app's own export, not from the ingest summary, whose wording may change.
        var export = await ChildProcess.RunAsync(app, ["export", "--data", dataDir, "--format", "jsonl"], exportFile, ct);
        var posts = File.Exists(exportFile) ? File.ReadLines(exportFile).LongCount(l => l.Length > 0) : 0;

        var indexDir = Path.Combine(dataDir, "index");
        var indexBytes = HarnessPaths.SizeOf(indexDir);
        var logBytes = HarnessPaths.SizeOf(Path.Combine(dataDir, "logs"));
        var storeBytes = HarnessPaths.SizeOf(dataDir) - indexBytes - logBytes;

        ChildRun? rebuilt = null;
        if (reindex)
        {
            rebuilt = await ChildProcess.RunAsync(app, ["reindex", "--data", dataDir], ct: ct);
        }

        var seconds = ingest.Wall.TotalSeconds;
        return new IngestReport(
            Step: "ingest",
            ExitCode: ingest.ExitCode,
            Posts: posts,
            InputMb: HarnessPaths.Mb(inputBytes),
            WallS: Math.Round(seconds, 3),
            PostsPerS: Math.Round(posts / seconds, 1),
            MbPerS: Math.Round(inputBytes / 1048576.0 / seconds, 2),
            PeakRssMb: ingest.PeakRssMb,
            StoreMb: HarnessPaths.Mb(storeBytes),
            IndexMb: HarnessPaths.Mb(indexBytes),
            ExportExitCode: export.ExitCode,
            ReindexExitCode: rebuilt?.ExitCode,
            ReindexS: rebuilt is null ? null : Math.Round(rebuilt.Wall.TotalSeconds, 3),
            ReindexPostsPerS: rebuilt is null ? null : Math.Round(posts / rebuilt.Wall.TotalSeconds, 1),
            ReindexPeakRssMb: rebuilt?.PeakRssMb);
    }
}

/// <summary>The JSON line of an ingest run. Rates are over the child's wall time, start-up included.</summary>
public sealed record IngestReport(
    string Step,
    int ExitCode,
    long Posts,
    double InputMb,
    double WallS,
    double PostsPerS,
    double MbPerS,
    double PeakRssMb,
    double StoreMb,
    double IndexMb,
    int ExportExitCode,
    int? ReindexExitCode,
    double? ReindexS,
    double? ReindexPostsPerS,
    double? ReindexPeakRssMb);
