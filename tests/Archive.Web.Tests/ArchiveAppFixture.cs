using Archive.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>
/// The real app over a temp data folder, started once and shared: on start it migrates a fresh store, ingests the
/// bundled demo dumps (plus any probe files a subclass adds) and opens the index, exactly as a first run does.
/// </summary>
public class ArchiveAppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The bundled demo dumps, copied beside the test binaries by the web project.</summary>
    public static readonly string BundledDemo = Path.Combine(AppContext.BaseDirectory, "demo");

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "archive-web-tests", Guid.NewGuid().ToString("N"));
    public string DataDirectory => Path.Combine(Root, "data");

    /// <summary>The demo folder the app ingests from: the bundled dumps plus <see cref="ExtraDumps"/>.</summary>
    public string DemoDirectory => Path.Combine(Root, "demo");

    /// <summary>Extra dump files (name → content) ingested with the demo, e.g. an XSS probe.</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraDumps => new Dictionary<string, string>();

    /// <summary>Settings on top of the data folders (Archive:ApiRequestsPerMinute, ...).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(DemoDirectory);
        foreach (var file in Directory.GetFiles(BundledDemo))
        {
            File.Copy(file, Path.Combine(DemoDirectory, Path.GetFileName(file)));
        }
        foreach (var (name, content) in ExtraDumps)
        {
            await File.WriteAllTextAsync(Path.Combine(DemoDirectory, name), content);
        }
        // Starts the host: migration, demo ingest and index open all run before the first request.
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Settings, not ConfigureAppConfiguration: the app reads its options while building, and these reach it as arguments.
        builder.UseSetting("Archive:DataDirectory", DataDirectory);
        builder.UseSetting("Archive:DemoDirectory", DemoDirectory);
        builder.UseSetting("Archive:DemoData", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A query over the app's own store, for counting what the pages should show.</summary>
    public T Query<T>(Func<ArchiveDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>());
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeFixtureAsync();

    /// <summary>Stops the app and deletes its temp folders.</summary>
    protected virtual async Task DisposeFixtureAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held open by a background flush; the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>One app for every test class that reads the demo archive.</summary>
[CollectionDefinition(Name)]
public sealed class ArchiveAppCollection : ICollectionFixture<ArchiveAppFixture>
{
    public const string Name = "archive app";
}
