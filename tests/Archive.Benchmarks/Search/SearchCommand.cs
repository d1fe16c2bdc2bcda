using System.CommandLine;
using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Search;

/// <summary>"search --data DIR --queries FILE [--repeat R] [--page-size 10]": in-process query latency with facets and snippets.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder of an ingested archive", Required = true };
        var queries = new Option<string>("--queries") { Description = "Query file (query<TAB>key=value&...)", DefaultValueFactory = _ => HarnessPaths.DefaultQueries };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes over the file, after one warm-up pass", DefaultValueFactory = _ => 5 };
        var pageSize = new Option<int>("--page-size") { Description = "Hits per search", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Measure search latency in-process: p50/p95/p99 and queries per second.") { data, queries, repeat, pageSize };
        command.SetAction(parse =>
        {
            JsonLine.Print(SearchBenchmark.Run(parse.GetValue(data)!, parse.GetValue(queries)!, parse.GetValue(repeat), parse.GetValue(pageSize)));
            return 0;
        });
        return command;
    }
}
