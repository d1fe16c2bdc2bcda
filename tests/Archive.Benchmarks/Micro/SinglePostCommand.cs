using System.CommandLine;
using System.Diagnostics;
using Archive.Benchmarks.Harness;
using Archive.Parsing;

namespace Archive.Benchmarks.Micro;

/// <summary>
/// "single-post [--sizes 1,2,4,8]": parses channel dumps that are one post of N MB of distinct 76-character lines (as
/// `base64 /dev/urandom | head -c NM` writes), with the size limits lifted, and prints a line per size: the parser's cost
/// must grow linearly with the post. Then times the rejection of the largest one under the default limits.
/// </summary>
public static class SinglePostCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "File sizes in MB, comma-separated", DefaultValueFactory = _ => "1,2,4,8" };
        var command = new Command("single-post", "Time parsing one-post channel dumps of growing size (linear growth expected).") { sizes };
        command.SetAction(parse =>
        {
            var megabytes = parse.GetValue(sizes)!.Split(',').Select(int.Parse).ToArray();
            var folder = Directory.CreateTempSubdirectory("archive-single-post-").FullName;
            try
            {
                var lifted = new ParseOptions { MaxPostChars = long.MaxValue, MaxFileBytes = long.MaxValue };
                // Warm-up, until the tiering JIT has compiled the hot loops fully: its work is not the parser's.
                var warmUp = Write(folder, 2);
                for (var i = 0; i < 3; i++)
                {
                    Parse(warmUp, lifted);
                }

                string? largest = null;
                foreach (var mb in megabytes)
                {
                    largest = Write(folder, mb);
                    JsonLine.Print(Time("parse", mb, largest, lifted));
                }

                if (largest is not null)
                {
                    JsonLine.Print(Time("reject-at-default-limits", megabytes[^1], largest, new ParseOptions()));
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }

            return 0;
        });
        return command;
    }

    private static string Write(string folder, int megabytes)
    {
        var path = Path.Combine(folder, $"single-post-{megabytes}mb.txt");
        var random = new Random(megabytes);
        var bytes = new byte[57];
        using var writer = new StreamWriter(path);
        for (long written = 0; written < megabytes * 1048576L; written += 77)
        {
            random.NextBytes(bytes);
            writer.Write(Convert.ToBase64String(bytes));
            writer.Write('\n');
        }

        return path;
    }

    private static (int Posts, string? Error) Parse(string path, ParseOptions options)
    {
        try
        {
            return (DumpReader.Default.Open(path, options).Posts.Count(), null);
        }
        catch (InvalidDumpException e)
        {
            return (0, e.Message);
        }
    }

    private static SinglePostReport Time(string stage, int megabytes, string path, ParseOptions options)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var (posts, error) = Parse(path, options);
        var seconds = clock.Elapsed.TotalSeconds;
        return new SinglePostReport(
            "single-post", stage, megabytes, posts, Math.Round(seconds, 3),
            Math.Round((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, 3),
            Math.Round(seconds / megabytes, 3), error);
    }

    private sealed record SinglePostReport(
        string Command, string Stage, int Megabytes, int Posts, double Seconds, double CpuSeconds, double SecondsPerMegabyte, string? Error);
}
