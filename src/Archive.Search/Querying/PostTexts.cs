using System.Data;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Search.Querying;

/// <summary>
/// The texts of a page of hits, read from the store by id: the index keeps no copy of a post's text, so snippets and
/// related posts start from the store's.
/// </summary>
/// <remarks>
/// Storing the text in the index cost a rebuild about a tenth of its CPU (LZ4 over every post, and the copies to get
/// there) and held half of the index's bytes, for reading back ten texts a page; the store finds those by their id's
/// unique index. Thread-safe: each call reads on a context of its own.
/// </remarks>
public sealed class PostTexts(IDbContextFactory<ArchiveDbContext> contexts)
{
    /// <summary>Id → text of those of <paramref name="ids"/> the store holds (a page at a time: one SQL parameter each).</summary>
    public IReadOnlyDictionary<string, string> For(IReadOnlyList<string> ids)
    {
        var texts = new Dictionary<string, string>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return texts;
        }
        using var db = contexts.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            connection.Open();
        }
        using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Id", "Text" FROM "Posts" WHERE "Id" IN ({string.Join(", ", ids.Select((_, i) => $"$id{i}"))})""";
        for (var i = 0; i < ids.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"$id{i}";
            parameter.Value = ids[i];
            command.Parameters.Add(parameter);
        }
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            texts[reader.GetString(0)] = reader.GetString(1);
        }
        return texts;
    }
}
