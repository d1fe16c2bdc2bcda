using System.CommandLine;

namespace Archive.Benchmarks.QueryFiles;

/// <summary>"queries --out FILE [--seed S]": (re)writes a mixed query file from the corpus vocabulary (queries/mixed.tsv is its output, seed 1).</summary>
public static class QueriesCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The query file to write", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Same seed, same file", DefaultValueFactory = _ => 1 };
        var command = new Command("queries", "Generate a mixed query file (words, AND, phrases, OR, exclusions, prefixes, filters).") { output, seed };
        command.SetAction(parse =>
        {
            QueryFileGenerator.Write(parse.GetValue(output)!, parse.GetValue(seed));
            return 0;
        });
        return command;
    }
}
