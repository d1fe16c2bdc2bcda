using System.CommandLine;
using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Related;

/// <summary>"related --data DIR [--posts N] [--repeat R] [--dump FILE]": in-process latency of the post page's related posts.</summary>
public static class RelatedCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder of an ingested archive", Required = true };
        var posts = new Option<int>("--posts") { Description = "How many posts, spread evenly over the store", DefaultValueFactory = _ => 200 };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes, after one warm-up pass", DefaultValueFactory = _ => 3 };
        var dump = new Option<string?>("--dump") { Description = "Write each post's related ids here (post<TAB>ids), to compare two builds' answers" };
        var command = new Command("related", "Measure the related posts of the post page in-process: p50/p95/p99.") { data, posts, repeat, dump };
        command.SetAction(parse =>
        {
            JsonLine.Print(RelatedBenchmark.Run(parse.GetValue(data)!, parse.GetValue(posts), parse.GetValue(repeat), parse.GetValue(dump)));
            return 0;
        });
        return command;
    }
}
