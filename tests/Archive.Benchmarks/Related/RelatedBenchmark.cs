using System.Diagnostics;
using Archive.Benchmarks.Harness;
using Archive.Search;
using Archive.Search.Querying;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.Related;

/// <summary>Times the post page's related posts (<see cref="PostSearcher.Related"/>) in-process, for posts spread evenly over the store.</summary>
public static class RelatedBenchmark
{
    public static RelatedReport Run(string dataDir, int posts, int repeat, string? dumpFile)
    {
        using var provider = InProcessArchive.Services(dataDir);
        var searcher = provider.GetRequiredService<PostSearcher>();
        // As the server serves the index: merged into one segment.
        provider.GetRequiredService<SearchIndex>().MergeSegments();

        List<string> ids;
        using (var scope = provider.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            var total = db.Posts.Count();
            var step = Math.Max(1, total / Math.Max(1, posts));
            // Every step-th post by key: the same posts for every build that reads the same store.
            ids = db.Posts.OrderBy(p => p.Key).Select(p => p.Id).AsEnumerable().Where((_, i) => i % step == 0).Take(posts).ToList();
        }

        // Warm-up: JIT, the page cache, Lucene's lazily loaded structures. Its answers are what --dump writes.
        var answers = ids.Select(id => (Id: id, Related: searcher.Related(id, 5).Select(h => h.Id).ToList())).ToList();
        if (dumpFile is not null)
        {
            File.WriteAllLines(dumpFile, answers.Select(a => a.Id + "\t" + string.Join(' ', a.Related)));
        }

        var timings = new List<double>(ids.Count * repeat);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var r = 0; r < repeat; r++)
        {
            foreach (var id in ids)
            {
                var clock = Stopwatch.StartNew();
                searcher.Related(id, 5);
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        timings.Sort();
        return new RelatedReport(
            Engine: "archive-related",
            Posts: ids.Count,
            Repeat: repeat,
            P50Ms: Percentiles.Of(timings, 50),
            P95Ms: Percentiles.Of(timings, 95),
            P99Ms: Percentiles.Of(timings, 99),
            CpuMsPerCall: Math.Round(cpu.TotalMilliseconds / Math.Max(1, timings.Count), 3),
            WithFive: answers.Count(a => a.Related.Count == 5));
    }
}

/// <summary>The JSON line of a related-posts run. <c>WithFive</c>: how many of the posts got the five related posts the page shows.</summary>
public sealed record RelatedReport(string Engine, int Posts, int Repeat, double P50Ms, double P95Ms, double P99Ms, double CpuMsPerCall, int WithFive);
