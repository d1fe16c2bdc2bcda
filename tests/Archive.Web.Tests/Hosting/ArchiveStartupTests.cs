using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Archive.Search;
using Archive.Storage;
using Archive.Web.Tests.Cli;

namespace Archive.Web.Tests.Hosting;

/// <summary>An archive (store and index) made by the ingest verb, whose index then had bytes flipped in a segment file.</summary>
public sealed class DamagedIndexApp : ArchiveAppFixture
{
    public override async Task InitializeAsync()
    {
        var (code, _, stderr) = await ArchiveProcess.RunAsync("ingest", BundledDemo, "--data", DataDirectory);
        Assert.True(code == 0, stderr);
        IndexDamage.FlipBytesWhereOpeningDoesNotLook(Path.Combine(DataDirectory, "index"));
        await base.InitializeAsync();
    }
}

/// <summary>A data folder holding a store with no posts in it: the user's, not an invitation for the demo.</summary>
public sealed class EmptyStoreApp : ArchiveAppFixture
{
    public override async Task InitializeAsync()
    {
        await using (var db = new ArchiveDbContext(ArchiveStore.Options(Path.Combine(DataDirectory, "archive.db"))))
        {
            await ArchiveStore.MigrateAsync(db);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await base.InitializeAsync();
    }
}

public sealed class DamagedIndexStartTests(DamagedIndexApp app) : IClassFixture<DamagedIndexApp>
{
    [Fact]
    public async Task The_site_rebuilds_an_index_with_a_damaged_segment_before_it_serves()
    {
        Assert.Null(app.Services.GetRequiredService<SearchIndex>().FindDamage());
        using var response = await app.CreateClient().GetAsync("/api/search?q=parade");
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0, "the rebuilt index finds nothing for 'parade'");
    }
}

public sealed class EmptyStoreStartTests(EmptyStoreApp app) : IClassFixture<EmptyStoreApp>
{
    [Fact]
    public async Task A_store_without_posts_is_not_seeded_with_the_demo()
    {
        using var response = await app.CreateClient().GetAsync("/api/search");
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
    }
}
