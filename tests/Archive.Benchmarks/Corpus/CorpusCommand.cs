using System.CommandLine;
using System.Diagnostics;
using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Corpus;

/// <summary>"corpus --posts N --out DIR [--seed S]": writes the generated dumps and prints what it wrote.</summary>
public static class CorpusCommand
{
    public static Command Create()
    {
        var posts = new Option<int>("--posts") { Description = "How many posts in all (channel posts plus articles)", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write the dumps into", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Same seed, same bytes", DefaultValueFactory = _ => 1 };
        var command = new Command("corpus", "Generate a deterministic corpus of dumps in the sample format.") { posts, output, seed };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(output)!;
            if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
            {
                // Files left from a bigger run would be ingested too and skew every figure.
                Console.Error.WriteLine($"corpus: {dir} is not empty; give an empty or new folder.");
                return 2;
            }
            var result = Run(parse.GetValue(posts), parse.GetValue(output)!, parse.GetValue(seed));
            JsonLine.Print(result);
            return 0;
        });
        return command;
    }

    public static CorpusReport Run(int posts, string outDir, ulong seed)
    {
        var clock = Stopwatch.StartNew();
        var summary = CorpusGenerator.Generate(posts, outDir, seed);
        return new CorpusReport("corpus", summary.Posts, summary.ChannelFiles, summary.Articles,
            Math.Round(summary.Bytes / 1048576.0, 2), seed, Math.Round(clock.Elapsed.TotalSeconds, 3));
    }
}

/// <summary>The JSON line of a corpus run.</summary>
public sealed record CorpusReport(string Step, int Posts, int ChannelFiles, int Articles, double Mb, ulong Seed, double Seconds);
