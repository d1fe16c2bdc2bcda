using System.CommandLine;
using Archive.Benchmarks.Harness;
using Archive.Parsing;

namespace Archive.Benchmarks.Corpus;

/// <summary>
/// "corpus-check --posts N --out DIR [--seed S] [--show K]": generates a corpus, parses every channel file with the
/// real reader and holds the posts against what the generator meant, so a post count that differs is explained
/// (posts merged into a neighbour, split in two, or with a different text), not only noticed.
/// </summary>
public static class CorpusCheckCommand
{
    public static Command Create()
    {
        var posts = new Option<int>("--posts") { Description = "How many posts in all (as for corpus)", Required = true };
        var output = new Option<string>("--out") { Description = "Empty folder to write the corpus into", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "As for corpus", DefaultValueFactory = _ => 1 };
        var show = new Option<int>("--show") { Description = "Print the first K differences (generated and parsed texts) on stderr", DefaultValueFactory = _ => 0 };
        var command = new Command("corpus-check", "Generate a corpus and compare generated with parsed posts, file by file.") { posts, output, seed, show };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(output)!;
            if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Console.Error.WriteLine($"corpus-check: {dir} is not empty; give an empty or new folder.");
                return 2;
            }
            var total = parse.GetValue(posts);
            var s = parse.GetValue(seed);
            CorpusGenerator.Generate(total, dir, s);

            var shown = 0;
            var sum = new CheckReport("corpus-check", "all", 0, 0, 0, 0, 0, 0, 0);
            for (var i = 0; i < CorpusGenerator.ChannelFileCount(total); i++)
            {
                var file = CorpusGenerator.ChannelFileName(i);
                var expected = CorpusGenerator.ChannelFilePosts(total, i, s);
                var parsed = DumpReader.Default.Open(Path.Combine(dir, file), new ParseOptions()).Posts.Select(p => p.Text).ToList();
                var (report, differences) = Compare(file, expected, parsed);
                JsonLine.Print(report);
                sum = sum.Add(report);
                foreach (var difference in differences.Take(Math.Max(0, parse.GetValue(show) - shown)))
                {
                    Console.Error.WriteLine(difference);
                    shown++;
                }
            }
            JsonLine.Print(sum);
            return sum.Generated == sum.Parsed && sum.Matched == sum.Generated ? 0 : 1;
        });
        return command;
    }

    /// <summary>
    /// Lines the two post lists up by equal texts (longest common subsequence), then reads each stretch between
    /// two agreeing posts: fewer parsed posts than generated ones there is a merge, more is a split, as many is a text change.
    /// </summary>
    public static (CheckReport Report, List<string> Differences) Compare(string file, IReadOnlyList<GeneratedPost> expected, IReadOnlyList<string> parsed)
    {
        var n = expected.Count;
        var m = parsed.Count;
        var table = new int[(n + 1) * (m + 1)];
        var w = m + 1;
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[(i * w) + j] = string.Equals(expected[i].Text, parsed[j], StringComparison.Ordinal)
                    ? table[((i + 1) * w) + j + 1] + 1
                    : Math.Max(table[((i + 1) * w) + j], table[(i * w) + j + 1]);
            }
        }

        int merged = 0, split = 0, changed = 0;
        var differences = new List<string>();
        int gi = 0, pj = 0, hunkG = 0, hunkP = 0;
        void CloseHunk(int gEnd, int pEnd)
        {
            var g = gEnd - hunkG;
            var p = pEnd - hunkP;
            if (g == 0 && p == 0)
            {
                return;
            }
            var kind = p < g ? "merged" : p > g ? "split" : "changed";
            if (p < g)
            {
                merged += g - p;
            }
            else if (p > g)
            {
                split += p - g;
            }
            else
            {
                changed += g;
            }
            var text = new System.Text.StringBuilder();
            text.Append($"== {file}: {kind}: generated posts {hunkG}..{gEnd - 1} ({g}) came out as parsed posts {hunkP}..{pEnd - 1} ({p})\n");
            for (var k = hunkG; k < gEnd; k++)
            {
                var post = expected[k];
                text.Append($"-- generated {k} ({(post.Opened ? "opened by a header or media, " : "")}renderings {post.Renderings}"
                    + $"{(post.Notice ? ", notice" : "")}{(post.Reactions ? ", reactions" : "")}):\n{post.Text}\n");
            }
            for (var k = hunkP; k < pEnd; k++)
            {
                text.Append($"++ parsed {k}:\n{parsed[k]}\n");
            }
            differences.Add(text.ToString());
        }

        var matched = 0;
        while (gi < n && pj < m)
        {
            if (string.Equals(expected[gi].Text, parsed[pj], StringComparison.Ordinal))
            {
                CloseHunk(gi, pj);
                matched++;
                gi++;
                pj++;
                hunkG = gi;
                hunkP = pj;
            }
            else if (table[((gi + 1) * w) + pj] >= table[(gi * w) + pj + 1])
            {
                gi++;
            }
            else
            {
                pj++;
            }
        }
        CloseHunk(n, m);

        var duplicates = n - expected.Select(p => p.Text).Distinct(StringComparer.Ordinal).Count();
        return (new CheckReport("corpus-check", file, n, m, matched, merged, split, changed, duplicates), differences);
    }
}

/// <summary>
/// One file's comparison (or, with file "all", the sum): <c>merged</c> counts generated posts lost into a neighbour,
/// <c>split</c> extra parsed posts, <c>changed</c> posts that came out in their place but with another text,
/// <c>duplicate_bodies</c> generated posts whose body an earlier one of the file already had (the store keeps both).
/// </summary>
public sealed record CheckReport(
    string Step, string File, int Generated, int Parsed, int Matched, int Merged, int Split, int Changed, int DuplicateBodies)
{
    public CheckReport Add(CheckReport other) => this with
    {
        Generated = Generated + other.Generated,
        Parsed = Parsed + other.Parsed,
        Matched = Matched + other.Matched,
        Merged = Merged + other.Merged,
        Split = Split + other.Split,
        Changed = Changed + other.Changed,
        DuplicateBodies = DuplicateBodies + other.DuplicateBodies,
    };
}
