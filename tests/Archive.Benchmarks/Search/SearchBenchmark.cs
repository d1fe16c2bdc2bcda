using System.Diagnostics;
using Archive.Benchmarks.Harness;
using Archive.Benchmarks.QueryFiles;
using Archive.Search;
using Archive.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.Search;

/// <summary>Runs a query file against the index in-process, the way the web page searches (facets on, one page, the index merged into one segment as the server merges it), and times each search.</summary>
public static class SearchBenchmark
{
    public static SearchReport Run(string dataDir, string queryFile, int repeat, int pageSize)
    {
        // As the site has them: the index, and the store the hits' texts come from.
        using var provider = InProcessArchive.Services(dataDir);
        var searcher = provider.GetRequiredService<PostSearcher>();
        // As the server does once it is up (Hosting/SegmentMerging): a rebuild leaves a segment per flushed buffer.
        var merging = Stopwatch.StartNew();
        var segments = provider.GetRequiredService<SearchIndex>().MergeSegments();
        merging.Stop();

        var requests = QueryLine.ReadFile(queryFile).Select(q => q.ToRequest(pageSize)).ToList();

        // Warm-up: JIT, the OS page cache and Lucene's lazily loaded structures, so the timed passes measure steady state.
        foreach (var request in requests)
        {
            TrySearch(searcher, request);
        }

        var timings = new List<double>(requests.Count * repeat);
        var errors = 0;
        // CPU time and allocations as well as wall time: on a shared machine they are what other load does not distort.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        // The searches run on this thread: its own count is exact and excludes background work (the merge's threads, the
        // searcher refresh). The process-wide precise count once came out negative here after the merge.
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        for (var r = 0; r < repeat; r++)
        {
            foreach (var request in requests)
            {
                var clock = Stopwatch.StartNew();
                var ok = TrySearch(searcher, request);
                timings.Add(clock.Elapsed.TotalMilliseconds);
                errors += ok ? 0 : 1;
            }
        }
        total.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        timings.Sort();
        return new SearchReport(
            Engine: "archive-lucene",
            Queries: requests.Count,
            Repeat: repeat,
            P50Ms: Percentiles.Of(timings, 50),
            P95Ms: Percentiles.Of(timings, 95),
            P99Ms: Percentiles.Of(timings, 99),
            Qps: Math.Round(timings.Count / total.Elapsed.TotalSeconds, 1),
            Errors: errors)
        {
            CpuMsPerQuery = Math.Round(cpu.TotalMilliseconds / timings.Count, 3),
            AllocatedKbPerQuery = Math.Round(allocated / 1024.0 / timings.Count, 1),
            SegmentsMerged = segments > 1 ? segments : 0,
            MergeMs = segments > 1 ? merging.ElapsedMilliseconds : 0,
        };
    }

    private static bool TrySearch(PostSearcher searcher, SearchRequest request)
    {
        try
        {
            searcher.Search(request);
            return true;
        }
        catch (InvalidQueryException)
        {
            // A query the app refuses with a message still counts in the timings, as an error.
            return false;
        }
    }
}

/// <summary>The JSON line of a search run; the same fields as the FTS5 peer's.</summary>
public sealed record SearchReport(string Engine, int Queries, int Repeat, double P50Ms, double P95Ms, double P99Ms, double Qps, int Errors)
{
    /// <summary>The process's CPU time (all threads, GC included) over the timed passes, per search.</summary>
    public double CpuMsPerQuery { get; init; }

    public double AllocatedKbPerQuery { get; init; }

    /// <summary>How many segments the index had when the run merged them into one before searching (0: it had one).</summary>
    public int SegmentsMerged { get; init; }

    public long MergeMs { get; init; }
}
