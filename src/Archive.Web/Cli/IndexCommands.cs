using Archive.Search;

namespace Archive.Web.Cli;

/// <summary>What the verbs that write the index share.</summary>
internal static class IndexCommands
{
    /// <summary>
    /// False, with the reason on stderr, when another process (a running server) holds the index's writer: a verb that
    /// writes the index must not go on then, or the store would hold posts the index never gets.
    /// </summary>
    public static async Task<bool> CanWriteAsync(SearchIndex index, string verb, string instead)
    {
        if (index.IsWritable)
        {
            return true;
        }
        await Console.Error.WriteLineAsync($"archive {verb}: the index at {index.Path} is in use by another process (a running server?); {instead}.");
        return false;
    }
}
