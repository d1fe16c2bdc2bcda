using System.CommandLine;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Export;
using Archive.Web.Hosting;

namespace Archive.Web.Cli;

/// <summary>"search ... --all --format csv|jsonl": every hit to stdout, as the site's downloads write them.</summary>
internal static class AllHitsCommand
{
    /// <summary>The format when --all is given, null for the one page of JSON; false with a problem for options that do not go together.</summary>
    public static bool TryReadFormat(ParseResult parse, Option<bool> all, Option<string?> format, Option<int> limit, out ExportFormat? read, out string problem)
    {
        read = null;
        problem = "";
        var name = parse.GetValue(format)?.ToLowerInvariant();
        if (!parse.GetValue(all))
        {
            problem = name is null ? "" : "--format goes with --all (every hit as csv or jsonl); without --all the verb prints one page as JSON.";
            return name is null;
        }
        if (parse.GetResult(limit) is { Implicit: false })
        {
            problem = "--limit sets the size of one page; --all writes every hit.";
            return false;
        }
        read = name switch
        {
            null or "jsonl" => ExportFormat.Jsonl,
            "csv" => ExportFormat.Csv,
            _ => null,
        };
        problem = read is null ? $"--format must be csv or jsonl, not '{name}'." : "";
        return read is not null;
    }

    public static async Task<int> WriteAsync(IServiceProvider services, SearchRequest request, ExportFormat format, CancellationToken ct)
    {
        HitStream hits;
        try
        {
            hits = services.GetRequiredService<PostSearcher>().AllHits(request with { WithFacets = false });
        }
        catch (InvalidQueryException e)
        {
            await Console.Error.WriteLineAsync($"archive search: {e.Message}");
            return ArchiveCommandLine.UsageError;
        }
        using (hits)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            // Permalinks from the site's public URL; without one, paths (/posts/{id}) to put after the site's address.
            var siteUrl = services.GetRequiredService<ArchiveOptions>().PublicUrl;
            await using var stdout = Console.OpenStandardOutput();
            await new HitExporter(db, siteUrl).WriteAsync(hits.Pages, stdout, format, ct);
        }
        return ArchiveCommandLine.Ok;
    }
}
