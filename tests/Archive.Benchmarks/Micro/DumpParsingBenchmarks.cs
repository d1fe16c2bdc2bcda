using Archive.Benchmarks.Corpus;
using Archive.Parsing;
using BenchmarkDotNet.Attributes;

namespace Archive.Benchmarks.Micro;

/// <summary>Parsing one generated channel file of 1,000 posts through the real <see cref="DumpReader"/>.</summary>
[MemoryDiagnoser]
public class DumpParsingBenchmarks
{
    private string _dir = "";
    private string _file = "";

    [GlobalSetup]
    public void GenerateFile()
    {
        _dir = Path.Combine(Path.GetTempPath(), "archive-micro-" + Guid.NewGuid().ToString("N"));
        CorpusGenerator.Generate(CorpusGenerator.PostsPerFile + 1, _dir, seed: 1); // 1,000 channel posts and one article
        _file = Path.Combine(_dir, CorpusGenerator.ChannelFileName(0));
    }

    [Benchmark]
    public int ReadChannelFileOf1000Posts()
    {
        var count = 0;
        foreach (var _ in DumpReader.Default.Open(_file, new ParseOptions()).Posts)
        {
            count++;
        }
        return count;
    }

    [GlobalCleanup]
    public void DeleteFile() => Directory.Delete(_dir, recursive: true);
}
