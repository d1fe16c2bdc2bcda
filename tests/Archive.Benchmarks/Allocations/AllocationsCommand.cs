using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics.Tracing;
using Archive.Benchmarks.Harness;
using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.Allocations;

/// <summary>
/// "allocations --data DIR [--top N]": rebuilds the index of DIR's store in-process, into a scratch folder (DIR's own
/// index is left alone), and says what the rebuild allocated, how often the GC ran, and which types took most of it.
/// </summary>
public static class AllocationsCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder with an ingested store", Required = true };
        var top = new Option<int>("--top") { DefaultValueFactory = _ => 15 };
        var command = new Command("allocations", "What a full index rebuild allocates, by type (sampled).") { data, top };
        command.SetAction(async (parse, ct) =>
        {
            var scratch = Directory.CreateTempSubdirectory("archive-allocations-").FullName;
            try
            {
                await using var provider = InProcessArchive.Services(Path.Combine(parse.GetValue(data)!, "archive.db"), scratch);
                await using var scope = provider.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();

                using var ticks = new AllocationTicks();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
                var pausedBefore = GC.GetTotalPauseDuration();
                var posts = await provider.GetRequiredService<PostIndexer>().RebuildAsync(db, ct);
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                int[] collections = [.. Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g])];
                JsonLine.Print(new AllocationReport("allocations", posts, Mb(allocated), collections,
                    Math.Round((GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds), ticks.SampledMb,
                    ticks.Top(parse.GetValue(top)).Select(t => new TypeAllocations(t.Type, Mb(t.Bytes))).ToList()));
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
            return 0;
        });
        return command;
    }

    private static double Mb(long bytes) => Math.Round(bytes / 1048576.0, 1);

    /// <summary>
    /// The runtime's allocation-tick events: one about every 100 KB allocated, naming the type whose allocation crossed
    /// the mark. Counting 100 KB per tick gives each type its share of the total (a sample, not an exact figure).
    /// </summary>
    private sealed class AllocationTicks : EventListener
    {
        private const long BytesPerTick = 100 * 1024;
        private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

        public double SampledMb => Mb(_bytes.Values.Sum());

        public IEnumerable<(string Type, long Bytes)> Top(int count) =>
            _bytes.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value));

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                const EventKeywords gc = (EventKeywords)0x1;
                EnableEvents(source, EventLevel.Verbose, gc);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true
                && e.PayloadNames?.IndexOf("TypeName") is { } index and >= 0 && e.Payload![index] is string type)
            {
                _bytes.AddOrUpdate(type, BytesPerTick, (_, sum) => sum + BytesPerTick);
            }
        }
    }
}

/// <summary>The JSON line of an allocations run: the exact total, collections by generation and their pauses, and the sampled share of the heaviest types.</summary>
public sealed record AllocationReport(string Step, int Posts, double AllocatedMb, int[] Collections, double GcPauseMs, double SampledMb,
    IReadOnlyList<TypeAllocations> TopTypes);

/// <summary>One type's sampled allocations.</summary>
public sealed record TypeAllocations(string Type, double Mb);
