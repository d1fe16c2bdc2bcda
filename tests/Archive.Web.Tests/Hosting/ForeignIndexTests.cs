using System.Text.Json;
using Archive.Storage;
using Archive.Web.Tests.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Hosting;

/// <summary>
/// A data folder whose archive.db was replaced with another store's while the old index stayed: two demo dumps
/// ingested into this folder, two others into another one, then the other's store copied over this one's.
/// </summary>
public sealed class SwappedStoreApp : ArchiveAppFixture
{
    /// <summary>What "verify" said of the swapped folder before the site started.</summary>
    public (int ExitCode, string Stdout, string Stderr) VerifyBeforeStart { get; private set; }

    public override async Task InitializeAsync()
    {
        var other = Path.Combine(Root, "other");
        await StoreFiles.IngestAsync(Root, DataDirectory, "000_", "001_");
        await StoreFiles.IngestAsync(Root, other, "003_", "004_");
        StoreFiles.Replace(DataDirectory, from: other);
        VerifyBeforeStart = await ArchiveProcess.RunAsync("verify", "--data", DataDirectory);
        await base.InitializeAsync();
    }
}

/// <summary>Copying dumps and stores around for the tests of an index that is not its store's.</summary>
public static class StoreFiles
{
    /// <summary>Ingests the demo dumps whose names start with <paramref name="prefixes"/> (with their channel files) into <paramref name="data"/>.</summary>
    public static async Task IngestAsync(string root, string data, params string[] prefixes)
    {
        var dumps = Directory.CreateDirectory(Path.Combine(root, "dumps-" + Guid.NewGuid().ToString("N"))).FullName;
        foreach (var file in Directory.GetFiles(ArchiveProcess.Seeds).Where(f => prefixes.Any(Path.GetFileName(f).StartsWith)))
        {
            File.Copy(file, Path.Combine(dumps, Path.GetFileName(file)));
        }
        var (code, _, stderr) = await ArchiveProcess.RunAsync("ingest", dumps, "--data", data);
        Assert.True(code == 0, stderr);
    }

    /// <summary>Puts the store of <paramref name="from"/> (a data folder or a copy of one) in place of <paramref name="data"/>'s, leaving its index.</summary>
    public static void Replace(string data, string from)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            var target = Path.Combine(data, "archive.db" + suffix);
            File.Delete(target);
            var source = Path.Combine(from, "archive.db" + suffix);
            if (File.Exists(source))
            {
                File.Copy(source, target);
            }
        }
    }

    /// <summary>Reads the data folder's JSON log events so far.</summary>
    public static string Log(string data)
    {
        var logs = Path.Combine(data, "logs");
        return string.Concat(Directory.GetFiles(logs, "*.clef").Order().Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(stream).ReadToEnd();
        }));
    }
}

public sealed class SwappedStoreStartTests(SwappedStoreApp app) : IClassFixture<SwappedStoreApp>
{
    [Fact]
    public void Verify_reports_the_old_index_as_another_stores()
    {
        var (code, stdout, stderr) = app.VerifyBeforeStart;
        Assert.True(code == 1, $"exit code {code}; stdout: {stdout}; stderr: {stderr}");
        Assert.Contains("not this store's", stdout);
    }

    [Fact]
    public async Task The_start_rebuilds_the_index_from_the_new_store_and_every_hit_opens_its_post()
    {
        int posts;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            posts = await scope.ServiceProvider.GetRequiredService<ArchiveDbContext>().Posts.CountAsync();
        }
        var client = app.CreateClient();
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search"));
        Assert.Equal(posts, search.RootElement.GetProperty("total").GetInt32());
        var hits = search.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var id = hit.GetProperty("id").GetString();
            using var response = await client.GetAsync($"/posts/{id}");
            Assert.True(response.IsSuccessStatusCode, $"hit {id}: {response.StatusCode}");
        }
        var log = StoreFiles.Log(app.DataDirectory);
        Assert.Contains("is not this store's", log);
        Assert.Contains("built from store", log);
    }
}

/// <summary>The store restored from a copy older than the index, and an ordinary restart, by the ingest and verify verbs.</summary>
public sealed class StoreBehindIndexTests
{
    [Fact]
    public async Task A_store_restored_from_an_older_copy_gets_its_index_rebuilt()
    {
        var root = ArchiveProcess.TempFolder("archive-behind-");
        try
        {
            var data = Path.Combine(root, "data");
            var backup = Directory.CreateDirectory(Path.Combine(root, "backup")).FullName;
            await StoreFiles.IngestAsync(root, data, "000_");
            StoreFiles.Replace(backup, from: data);
            await StoreFiles.IngestAsync(root, data, "001_");
            StoreFiles.Replace(data, from: backup);

            var (verified, stdout, _) = await ArchiveProcess.RunAsync("verify", "--data", data);
            Assert.True(verified == 1, stdout);
            Assert.Contains("holds posts up to key", stdout);

            // Any verb that opens the archive for writing rebuilds it: an ingest of a dump the store already has.
            await StoreFiles.IngestAsync(root, data, "000_");
            Assert.Contains("is not this store's", StoreFiles.Log(data));
            var (after, afterOut, _) = await ArchiveProcess.RunAsync("verify", "--data", data);
            Assert.True(after == 0, afterOut);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task An_ordinary_reopen_does_not_rebuild_the_index()
    {
        var root = ArchiveProcess.TempFolder("archive-reopen-");
        try
        {
            var data = Path.Combine(root, "data");
            await StoreFiles.IngestAsync(root, data, "000_");
            var generation = Generation(data);

            var (code, _, stderr) = await ArchiveProcess.RunAsync("ingest", Directory.GetFiles(ArchiveProcess.Seeds, "000_*.txt").Single(), "--data", data);

            Assert.True(code == 0, stderr);
            Assert.DoesNotContain("Rebuilt the index", stderr);
            Assert.DoesNotContain("is not this store's", stderr);
            Assert.Equal(generation, Generation(data));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // The index's commit generation, the N of its segments_N file: a rebuild, or any commit, makes a new one.
    private static long Generation(string data) =>
        Directory.GetFiles(Path.Combine(data, "index"), "segments_*")
            .Select(f => Path.GetFileName(f)["segments_".Length..].Aggregate(0L, (n, c) => n * 36 + (char.IsDigit(c) ? c - '0' : c - 'a' + 10)))
            .Max();
}
