using System.CommandLine;
using System.Diagnostics;
using Archive.Benchmarks.Harness;
using Archive.Parsing;
using Archive.Storage.Copies;
using Archive.Storage.Ingest;

namespace Archive.Benchmarks.Copies;

/// <summary>
/// "copy-index CORPUS": the copy lookup alone, in memory. Signs the corpus's posts in read batches of 64 as an ingest
/// does, then adds every signature to one <see cref="CopyIndex"/> with its candidates, as an ingest into an empty store
/// does, and prints the time per post, the candidates and the copies among them, and how crowded the band values are.
/// </summary>
public static class CopyIndexCommand
{
    private const int Batch = 64;

    public static Command Create()
    {
        var corpus = new Argument<string>("corpus") { Description = "Folder or file of dumps" };
        var command = new Command("copy-index", "Time the copy lookup alone on a corpus's signatures, in memory.") { corpus };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(corpus)!;
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                Console.Error.WriteLine($"copy-index: no corpus at {path}.");
                return 2;
            }
            var signatures = Sign(IngestPaths.Expand([path]), out var posts);
            var index = new CopyIndex();
            var candidates = new HashSet<long>();
            long candidateCount = 0, copies = 0;
            var clock = Stopwatch.StartNew();
            for (var key = 0; key < signatures.Count; key++)
            {
                candidates.Clear();
                index.Add(key, signatures[key], candidates);
                candidateCount += candidates.Count;
                foreach (var candidate in candidates)
                {
                    copies += CopySignature.AreCopies(signatures[key], signatures[(int)candidate]) ? 1 : 0;
                }
            }
            var seconds = clock.Elapsed.TotalSeconds;
            var values = BandValues(signatures);
            JsonLine.Print(new CopyIndexReport("copy-index", posts, signatures.Count, Math.Round(seconds, 3),
                Math.Round(seconds * 1e6 / Math.Max(1, signatures.Count), 3), candidateCount, copies, values.Max(),
                values.Sum(n => (long)n * (n - 1) / 2), values.Count(n => n > CopyIndex.CrowdedAt),
                values.Where(n => n > CopyIndex.CrowdedAt).Sum(n => (long)(n - CopyIndex.CrowdedAt))));
            return 0;
        });
        return command;
    }

    private static List<byte[]> Sign(IReadOnlyList<string> files, out long posts)
    {
        var signatures = new List<byte[]>();
        posts = 0;
        foreach (var file in files)
        {
            foreach (var batch in DumpReader.Default.Open(file, new ParseOptions()).Posts.Select(p => p.Text).Chunk(Batch))
            {
                posts += batch.Length;
                signatures.AddRange(CopySignature.Of(batch).OfType<byte[]>());
            }
        }
        return signatures;
    }

    // How many posts have each band value: the pairs among them are what chains would walk, and the values past
    // CrowdedAt posts are the ones with lists.
    private static ICollection<int> BandValues(List<byte[]> signatures)
    {
        var counts = new Dictionary<(int Band, UInt128 Value), int>();
        var bandBytes = CopySignature.Bytes / CopyIndex.Bands;
        foreach (var signature in signatures)
        {
            for (var band = 0; band < CopyIndex.Bands; band++)
            {
                var value = BitConverter.ToUInt128(signature, band * bandBytes);
                counts[(band, value)] = counts.GetValueOrDefault((band, value)) + 1;
            }
        }
        return counts.Values;
    }
}

/// <summary>The JSON line of a copy-index run.</summary>
public sealed record CopyIndexReport(string Step, long Posts, int Signatures, double Seconds, double MicrosecondsPerPost,
    long Candidates, long Copies, int LargestBandValuePosts, long SameBandValuePairs, int CrowdedValues, long PostsInLists);
