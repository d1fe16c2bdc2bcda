using Archive.Benchmarks.Corpus;
using Archive.Parsing;
using Archive.Search;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Snippets;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Benchmarks.Micro;

/// <summary>The index's and the page's hot paths over the 1,000 posts of one generated channel file: analysing a post's text as indexing does, and cutting a snippet for a query.</summary>
[MemoryDiagnoser]
public class SearchPathBenchmarks
{
    private List<string> _texts = [];
    private MatchTerms _terms = MatchTerms.None;

    [GlobalSetup]
    public void ReadPosts()
    {
        var dir = Path.Combine(Path.GetTempPath(), "archive-micro-" + Guid.NewGuid().ToString("N"));
        CorpusGenerator.Generate(CorpusGenerator.PostsPerFile + 1, dir, seed: 1);
        _texts = [.. DumpReader.Default.Open(Path.Combine(dir, CorpusGenerator.ChannelFileName(0)), new ParseOptions()).Posts.Select(p => p.Text)];
        Directory.Delete(dir, recursive: true);
        // Common words of the generated vocabulary in both languages, and a prefix: what a snippet is usually cut for.
        _terms = UserQueryParser.Parse("negotiations embassy посольство выставка coop*").Highlight;
    }

    /// <summary>The text field's analysis at indexing time (tokenize, split camel case, lower-case, stop words, stem by script), all 1,000 posts.</summary>
    [Benchmark]
    public int AnalyseTextOf1000Posts()
    {
        var tokens = 0;
        foreach (var text in _texts)
        {
            using var stream = SearchIndex.IndexAnalyzer.GetTokenStream(PostFields.Text, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length > 0 ? 1 : 0;
            }
            stream.End();
        }
        return tokens;
    }

    /// <summary>A snippet (text and highlighted ranges) for each of the 1,000 posts.</summary>
    [Benchmark]
    public int SnippetsFor1000Posts()
    {
        var chars = 0;
        foreach (var text in _texts)
        {
            chars += SnippetBuilder.Build(text, _terms).Text.Length;
        }
        return chars;
    }
}
