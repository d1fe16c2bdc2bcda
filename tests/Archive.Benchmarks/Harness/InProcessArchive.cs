using Archive.Search;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.Harness;

/// <summary>The app's store and search services over a store file and an index folder, as the site registers them, for the in-process verbs.</summary>
public static class InProcessArchive
{
    public static ServiceProvider Services(string storePath, string indexDirectory)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddArchiveStore(storePath);
        services.AddArchiveSearch(indexDirectory);
        return services.BuildServiceProvider();
    }

    /// <summary>The services over a data folder's own store and index.</summary>
    public static ServiceProvider Services(string dataDirectory) =>
        Services(Path.Combine(dataDirectory, "archive.db"), Path.Combine(dataDirectory, "index"));
}
