using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>What a query string came to: the Lucene query (null: browse everything), the words to mark in snippets, and notes on how it was read.</summary>
public sealed record ParsedQuery(Query? Query, MatchTerms Highlight, IReadOnlyList<string> Notes);

/// <summary>The analysed query words a snippet marks: whole stems (text field) and prefixes (unstemmed).</summary>
public sealed record MatchTerms(IReadOnlySet<string> Stems, IReadOnlyList<string> Prefixes)
{
    public static readonly MatchTerms None = new(new HashSet<string>(), []);

    public bool IsEmpty => Stems.Count == 0 && Prefixes.Count == 0;
}

/// <summary>
/// Reads the search box's language: words (all must match), "phrases", OR, -excluded, prefix*, (groups).
/// Hand-written rather than Lucene's QueryParser so that any input gets a bounded reading: the string is capped,
/// nesting is flattened past a depth, clauses are capped, and field:, leading wildcards, stray quotes and operators
/// are read as words with a note instead of raising parse errors (or overflowing the stack).
/// </summary>
public static partial class UserQueryParser
{
    public const int MaxQueryLength = 1000;
    public const int MaxClauses = 64;
    public const int MaxDepth = 8;
    private const int MinPrefixLength = 2;

    public static ParsedQuery Parse(string? input)
    {
        var notes = new List<string>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return new ParsedQuery(null, MatchTerms.None, notes);
        }
        // "((((a))))" means "(a)": collapsing runs first keeps a deep nest from eating the whole length budget.
        var text = RunsOfOpen().Replace(RunsOfClose().Replace(input.Trim(), ")"), "(");
        if (text.Length > MaxQueryLength)
        {
            var cut = text.LastIndexOf(' ', MaxQueryLength);
            text = text[..(cut > MaxQueryLength / 2 ? cut : MaxQueryLength)];
            notes.Add($"The query was {input.Length:N0} characters long; only its first {text.Length:N0} were searched.");
        }

        var tokens = Lexer.Read(text, notes);
        var builder = new Builder(notes);
        var tree = new TreeReader(tokens, notes).ReadAll();
        var query = builder.Build(tree);
        if (query is null)
        {
            throw new InvalidQueryException(tokens.Count == 0 || tokens.All(t => t.Kind != TokenKind.Word && t.Kind != TokenKind.Phrase)
                ? $"The query \"{Shorten(text)}\" has only operators and no words to search for."
                : $"The query \"{Shorten(text)}\" has no searchable words (only very common words, or punctuation).");
        }
        return new ParsedQuery(query, new MatchTerms(builder.Stems, builder.Prefixes), notes);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\((\s*\()+")]
    private static partial System.Text.RegularExpressions.Regex RunsOfOpen();

    [System.Text.RegularExpressions.GeneratedRegex(@"\)(\s*\))+")]
    private static partial System.Text.RegularExpressions.Regex RunsOfClose();

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    internal enum TokenKind { Word, Phrase, Or, Not, Open, Close }

    internal sealed record Token(TokenKind Kind, string Text = "", bool Excluded = false);

    /// <summary>Splits the string into words, phrases and operators; never fails.</summary>
    private static class Lexer
    {
        public static List<Token> Read(string text, List<string> notes)
        {
            var tokens = new List<Token>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }
                if (c == '(' || c == ')')
                {
                    tokens.Add(new Token(c == '(' ? TokenKind.Open : TokenKind.Close));
                    i++;
                    continue;
                }
                var excluded = false;
                if (c == '-' || c == '!')
                {
                    if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))
                    {
                        notes.Add($"A lone '{c}' (exclude) was ignored: put it right before a word, as in -word.");
                        i++;
                        continue;
                    }
                    excluded = true;
                    i++;
                    c = text[i];
                    if (c == '(')
                    {
                        tokens.Add(new Token(TokenKind.Not));
                        continue;
                    }
                }
                if (c == '"')
                {
                    var close = text.IndexOf('"', i + 1);
                    if (close < 0)
                    {
                        notes.Add("A quote had no closing quote; the words after it were searched as separate words.");
                        i++;
                        continue;
                    }
                    tokens.Add(new Token(TokenKind.Phrase, text[(i + 1)..close], excluded));
                    i = close + 1;
                    continue;
                }
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '(' or ')'))
                {
                    i++;
                }
                var word = text[start..i];
                if (!excluded && word is "OR" or "||" or "|")
                {
                    tokens.Add(new Token(TokenKind.Or));
                }
                else if (!excluded && word is "AND" or "&&")
                {
                    // All words must match anyway.
                }
                else if (!excluded && word == "NOT")
                {
                    tokens.Add(new Token(TokenKind.Not));
                }
                else
                {
                    foreach (var piece in SplitFieldSyntax(word, notes))
                    {
                        tokens.Add(new Token(TokenKind.Word, piece, excluded));
                    }
                }
            }
            return tokens;
        }

        private static IEnumerable<string> SplitFieldSyntax(string word, List<string> notes)
        {
            var colon = word.IndexOf(':');
            if (colon <= 0 || colon == word.Length - 1 || word.Contains("://", StringComparison.Ordinal))
            {
                return [word.Trim(':')];
            }
            notes.Add($"Field searches like \"{Shorten(word)}\" are not supported; its parts were searched as words (use the filters for channel, tag, language, dates).");
            return word.Split(':', StringSplitOptions.RemoveEmptyEntries);
        }
    }

    internal abstract record Node(bool Excluded);
    internal sealed record WordNode(string Text, bool Excluded) : Node(Excluded);
    internal sealed record PhraseNode(string Text, bool Excluded) : Node(Excluded);
    /// <summary>All of the groups must match; each group is an OR of its members.</summary>
    internal sealed record GroupNode(IReadOnlyList<IReadOnlyList<Node>> AllOf, bool Excluded) : Node(Excluded);

    /// <summary>Turns tokens into a tree, nesting at most <see cref="MaxDepth"/> deep (deeper parentheses are flattened).</summary>
    private sealed class TreeReader(List<Token> tokens, List<string> notes)
    {
        private int _next;
        private int _flattened;
        private bool _notedDepth, _notedClose;

        public GroupNode ReadAll()
        {
            var allOf = new List<IReadOnlyList<Node>>(ReadSequence(depth: 0, excluded: false).AllOf);
            // Only a ')' with no '(' to close ends a top-level sequence early: skip it and read on (a loop, not recursion).
            while (_next < tokens.Count)
            {
                NoteStrayClose();
                _next++;
                allOf.AddRange(ReadSequence(depth: 0, excluded: false).AllOf);
            }
            return new GroupNode(allOf, false);
        }

        private GroupNode ReadSequence(int depth, bool excluded)
        {
            var allOf = new List<IReadOnlyList<Node>>();
            var orPending = false;
            var notPending = false;
            while (_next < tokens.Count)
            {
                var token = tokens[_next];
                switch (token.Kind)
                {
                    case TokenKind.Close when _flattened > 0:
                        _flattened--;
                        _next++;
                        continue;
                    case TokenKind.Close:
                        return new GroupNode(allOf, excluded);
                    case TokenKind.Or:
                        orPending = allOf.Count > 0;
                        _next++;
                        continue;
                    case TokenKind.Not:
                        notPending = true;
                        _next++;
                        continue;
                }

                Node node;
                _next++;
                if (token.Kind == TokenKind.Open)
                {
                    if (depth + 1 > MaxDepth)
                    {
                        _flattened++;
                        if (!_notedDepth)
                        {
                            notes.Add($"Parentheses nested deeper than {MaxDepth} levels were ignored.");
                            _notedDepth = true;
                        }
                        continue;
                    }
                    var inner = ReadSequence(depth + 1, notPending);
                    if (_next < tokens.Count && tokens[_next].Kind == TokenKind.Close)
                    {
                        _next++;
                    }
                    else if (!_notedClose)
                    {
                        notes.Add("A '(' had no closing ')'; it was closed at the end of the query.");
                        _notedClose = true;
                    }
                    node = inner;
                }
                else
                {
                    var isExcluded = token.Excluded || notPending;
                    node = token.Kind == TokenKind.Phrase ? new PhraseNode(token.Text, isExcluded) : new WordNode(token.Text, isExcluded);
                }
                notPending = false;

                if (orPending && !node.Excluded && allOf[^1].All(n => !n.Excluded))
                {
                    allOf[^1] = [.. allOf[^1], node];
                }
                else
                {
                    allOf.Add([node]);
                }
                orPending = false;
            }
            return new GroupNode(allOf, excluded);
        }

        private void NoteStrayClose()
        {
            if (!_notedClose)
            {
                notes.Add("A ')' had no '(' to close and was ignored.");
                _notedClose = true;
            }
        }
    }

    /// <summary>Builds the Lucene query from the tree, analysing words the way the text was indexed.</summary>
    private sealed class Builder(List<string> notes)
    {
        private int _clauses;
        private bool _notedClauses, _notedWildcard, _notedShortPrefix;

        public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);
        public List<string> Prefixes { get; } = [];

        public Query? Build(GroupNode group)
        {
            var query = new BooleanQuery();
            var positives = 0;
            foreach (var anyOf in group.AllOf)
            {
                var excluded = anyOf.Count == 1 && anyOf[0].Excluded;
                Query? clause;
                if (anyOf.Count == 1)
                {
                    clause = BuildNode(anyOf[0]);
                }
                else
                {
                    var or = new BooleanQuery();
                    foreach (var member in anyOf)
                    {
                        if (BuildNode(member) is { } built)
                        {
                            or.Add(built, Occur.SHOULD);
                        }
                    }
                    clause = or.Clauses.Count switch { 0 => null, 1 => or.Clauses[0].Query, _ => or };
                }
                if (clause is null)
                {
                    continue;
                }
                query.Add(clause, excluded ? Occur.MUST_NOT : Occur.MUST);
                if (!excluded)
                {
                    positives++;
                }
            }
            if (query.Clauses.Count == 0)
            {
                return null;
            }
            if (positives == 0)
            {
                // Only exclusions: everything except them.
                query.Add(new MatchAllDocsQuery(), Occur.MUST);
            }
            return query.Clauses.Count == 1 && positives == 1 ? query.Clauses[0].Query : query;
        }

        private Query? BuildNode(Node node) => node switch
        {
            GroupNode group => Build(group with { Excluded = false }),
            PhraseNode phrase => Counted() ? Phrase(phrase.Text, highlight: !phrase.Excluded) : null,
            WordNode word => Counted() ? Word(word.Text, highlight: !word.Excluded) : null,
            _ => null,
        };

        private bool Counted()
        {
            if (++_clauses <= MaxClauses)
            {
                return true;
            }
            if (!_notedClauses)
            {
                notes.Add($"Only the first {MaxClauses} words and phrases of the query were searched.");
                _notedClauses = true;
            }
            return false;
        }

        private Query? Word(string word, bool highlight)
        {
            var bare = word.TrimStart('*', '?');
            if (bare.Length != word.Length && !_notedWildcard)
            {
                notes.Add("Wildcards at the start of a word are not supported; they were dropped.");
                _notedWildcard = true;
            }
            if (bare.EndsWith('*'))
            {
                return Prefix(bare.TrimEnd('*'), highlight);
            }
            return Phrase(bare, highlight);
        }

        private Query? Prefix(string stem, bool highlight)
        {
            var words = Analyze(SearchIndex.WordsAnalyzer, PostFields.Words, stem);
            if (words.Count == 0)
            {
                return null;
            }
            var last = words[^1].Term;
            if (last.Length < MinPrefixLength)
            {
                if (!_notedShortPrefix)
                {
                    notes.Add($"A prefix must have at least {MinPrefixLength} letters before '*'; shorter ones were searched as whole words.");
                    _notedShortPrefix = true;
                }
                return Phrase(stem, highlight);
            }
            if (highlight)
            {
                Prefixes.Add(last);
            }
            Query prefix = new PrefixQuery(new Term(PostFields.Words, last));
            if (words.Count == 1)
            {
                return prefix;
            }
            // "post-wa*": the leading parts as words, the last as the prefix.
            var all = new BooleanQuery { { prefix, Occur.MUST } };
            foreach (var (term, _) in words.Take(words.Count - 1))
            {
                all.Add(new TermQuery(new Term(PostFields.Words, term)), Occur.MUST);
            }
            return all;
        }

        private Query? Phrase(string text, bool highlight)
        {
            var terms = Analyze(SearchIndex.QueryAnalyzer, PostFields.Text, text);
            if (terms.Count == 0)
            {
                return null;
            }
            if (highlight)
            {
                foreach (var (term, _) in terms)
                {
                    Stems.Add(term);
                }
            }
            if (terms.Count == 1)
            {
                return new TermQuery(new Term(PostFields.Text, terms[0].Term));
            }
            var phrase = new PhraseQuery();
            foreach (var (term, position) in terms)
            {
                phrase.Add(new Term(PostFields.Text, term), position);
            }
            return phrase;
        }

        private static List<(string Term, int Position)> Analyze(Analyzer analyzer, string field, string text)
        {
            var terms = new List<(string, int)>();
            using var stream = analyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                terms.Add((term.ToString(), position));
            }
            stream.End();
            return terms;
        }
    }
}
