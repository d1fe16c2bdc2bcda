using System.Globalization;
using Archive.Search.Querying;

namespace Archive.Benchmarks.QueryFiles;

/// <summary>One line of a query file: "query" or "query&lt;TAB&gt;key=value&amp;key=value" (keys: from, to, tag, channel, lang, sort).</summary>
public sealed record QueryLine(string Query, IReadOnlyList<KeyValuePair<string, string>> Filters)
{
    public static QueryLine Parse(string line)
    {
        var tab = line.IndexOf('\t');
        if (tab < 0)
        {
            return new QueryLine(line, []);
        }
        var filters = line[(tab + 1)..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => new KeyValuePair<string, string>(kv[0].Trim(), kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Trim()) : ""))
            .ToList();
        return new QueryLine(line[..tab], filters);
    }

    /// <summary>Reads a query file: blank lines and lines starting with "##" are skipped.</summary>
    public static IReadOnlyList<QueryLine> ReadFile(string path) =>
        File.ReadLines(path)
            .Where(l => l.Trim().Length > 0 && !l.StartsWith("##", StringComparison.Ordinal))
            .Select(Parse)
            .ToList();

    /// <summary>The request the web page would send for this line: facets on, one page of <paramref name="pageSize"/>.</summary>
    public SearchRequest ToRequest(int pageSize)
    {
        var request = new SearchRequest { Query = Query, WithFacets = true, PageSize = pageSize };
        var tags = new List<string>();
        var channels = new List<string>();
        var languages = new List<string>();
        foreach (var (key, value) in Filters)
        {
            switch (key)
            {
                case "from":
                    request = request with { From = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) };
                    break;
                case "to":
                    request = request with { To = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) };
                    break;
                case "tag":
                    tags.Add(value);
                    break;
                case "channel":
                    channels.Add(value);
                    break;
                case "lang":
                    languages.Add(value);
                    break;
                case "sort":
                    request = request with { Sort = Enum.Parse<SearchSort>(value, ignoreCase: true) };
                    break;
                default:
                    throw new FormatException($"Unknown filter key '{key}' (known: from, to, tag, channel, lang, sort).");
            }
        }
        return request with { Tags = tags, Channels = channels, Languages = languages };
    }
}
