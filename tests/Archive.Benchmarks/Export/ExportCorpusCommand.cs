using System.CommandLine;
using System.Diagnostics;
using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Export;

/// <summary>"export-corpus --size-mb M --out FILE [--seed S]": a Telegram Desktop result.json of about M MB.</summary>
public static class ExportCorpusCommand
{
    public static Command Create()
    {
        var size = new Option<int>("--size-mb") { Description = "Approximate size of the export in MB", Required = true };
        var output = new Option<string>("--out") { Description = "The result.json file to write", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Same seed, same bytes", DefaultValueFactory = _ => 1 };
        var command = new Command("export-corpus", "Generate a Telegram Desktop result.json single-chat export.") { size, output, seed };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var summary = TelegramExportGenerator.Generate(parse.GetValue(size) * 1048576L, parse.GetValue(output)!, parse.GetValue(seed));
            JsonLine.Print(new ExportReport("export-corpus", summary.Messages, Math.Round(summary.Bytes / 1048576.0, 2), Math.Round(clock.Elapsed.TotalSeconds, 3)));
            return 0;
        });
        return command;
    }
}

/// <summary>The JSON line of an export-corpus run.</summary>
public sealed record ExportReport(string Step, int Messages, double Mb, double Seconds);
