using System.CommandLine;
using System.Diagnostics;
using Archive.Benchmarks.Harness;
using Archive.Parsing;
using Archive.Storage;
using Archive.Storage.Ingest;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Benchmarks.Stages;

/// <summary>
/// "stages --data DIR CORPUS": times the ingest's stages in-process, apart from each other and from indexing:
/// parsing alone, then parse + store into an empty SQLite file, then the store alone (posts parsed beforehand, held in
/// memory) into another empty file. Finds which stage bounds the ingest.
/// </summary>
public static class StagesCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder for the store (must be empty or absent)", Required = true };
        var corpus = new Argument<string>("corpus") { Description = "Folder or file of dumps" };
        var command = new Command("stages", "Time parsing alone and parse + store (no index) in-process.") { data, corpus };
        command.SetAction(async (parse, ct) =>
        {
            var dataDir = parse.GetValue(data)!;
            if (Directory.Exists(dataDir) && Directory.EnumerateFileSystemEntries(dataDir).Any())
            {
                await Console.Error.WriteLineAsync($"stages: {dataDir} is not empty.");
                return 2;
            }
            var files = IngestPaths.Expand([parse.GetValue(corpus)!]);
            // The collector as the ingest verb runs it: server GC (the harness's runtimeconfig, as the app's), batch mode.
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
            JsonLine.Print(ParseOnly(files));
            JsonLine.Print(await StoreAsync("parse+store", files, Path.Combine(dataDir, "archive.db"), DumpReader.Default, ct));
            // Last: the parsed corpus is held in memory, which would swell the other stages' memory figures.
            var parsed = ParsedInMemory.Read(files);
            JsonLine.Print(await StoreAsync("store", files, Path.Combine(dataDir, "store-only", "archive.db"), new DumpReader([parsed]), ct));
            return 0;
        });
        return command;
    }

    private static StageReport ParseOnly(IReadOnlyList<string> files)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long posts = 0;
        foreach (var file in files)
        {
            foreach (var _ in DumpReader.Default.Open(file, new ParseOptions()).Posts)
            {
                posts++;
            }
        }
        return Report("parse", posts, clock.Elapsed, cpu);
    }

    private static async Task<StageReport> StoreAsync(string stage, IReadOnlyList<string> files, string storePath, DumpReader reader, CancellationToken ct)
    {
        await using var db = new ArchiveDbContext(ArchiveStore.Options(storePath));
        await ArchiveStore.MigrateAsync(db, ct);
        var ingester = new DumpIngester(db, reader, new ParseOptions(), NullLogger<DumpIngester>.Instance);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long posts = 0;
        await foreach (var result in ingester.IngestFilesAsync(files, ct: ct))
        {
            posts += result.New + result.Updated + result.Unchanged;
        }
        return Report(stage, posts, clock.Elapsed, cpu);
    }

    // CPU seconds beside wall seconds: on a machine shared with other work the wall time alone says little.
    private static StageReport Report(string stage, long posts, TimeSpan elapsed, TimeSpan cpuBefore) => new(
        "stages", stage, posts, Math.Round(elapsed.TotalSeconds, 3),
        Math.Round((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds, 3),
        Math.Round(posts / elapsed.TotalSeconds, 1),
        Math.Round(Environment.WorkingSet / 1048576.0, 1), Math.Round(GC.GetTotalAllocatedBytes(precise: true) / 1048576.0, 1));
}

/// <summary>A format that hands out posts parsed beforehand, so a stage can time the store without the parser.</summary>
internal sealed class ParsedInMemory(Dictionary<string, (string Format, List<ParsedPost> Posts)> files) : IDumpFormat
{
    private string _format = "";

    public static ParsedInMemory Read(IReadOnlyList<string> paths)
    {
        var files = new Dictionary<string, (string, List<ParsedPost>)>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var contents = DumpReader.Default.Open(path, new ParseOptions());
            files[Path.GetFullPath(path)] = (contents.Format, contents.Posts.ToList());
        }
        return new ParsedInMemory(files);
    }

    public string Name => _format;

    public bool Recognizes(string path, ReadOnlySpan<byte> head)
    {
        _format = files[path].Format;
        return true;
    }

    public IEnumerable<ParsedPost> Read(string path, ParseOptions options) => files[path].Posts;
}

/// <summary>One stage's JSON line: posts per second over the stage's own time (no start-up); memory as the process sees it after the stage.</summary>
public sealed record StageReport(string Step, string Stage, long Posts, double Seconds, double CpuS, double PostsPerS, double RssMb, double AllocatedMbSoFar);
