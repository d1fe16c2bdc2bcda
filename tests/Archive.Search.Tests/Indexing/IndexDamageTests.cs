using Archive.Search.Indexing;
using Archive.Search.Tests.Fixtures;

namespace Archive.Search.Tests.Indexing;

/// <summary>Damage inside an index file that opening the index does not read is found by the files' checksums, and verify reports it.</summary>
public sealed class IndexDamageTests : IAsyncLifetime
{
    private readonly IndexedArchive _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    [Fact]
    public void A_whole_index_has_no_damage()
    {
        Assert.Null(_archive.Index.FindDamage());
    }

    [Fact]
    public async Task Bytes_flipped_where_opening_does_not_look_are_found_by_the_checksums_and_reported_by_verify()
    {
        _archive.Index.Dispose();
        var damaged = Path.Combine(_archive.Folder, "damaged");
        using var index = DamagedCopyThatOpens(_archive.IndexPath, damaged);

        var damage = index.FindDamage();

        Assert.True(damage is not null, "flipped bytes in a segment file passed the checksums");
        await using var db = _archive.OpenStore();
        var differences = await new IndexVerifier(index).CompareAsync(db);
        Assert.False(differences.InStep, "a damaged index was reported in step with the store");
        Assert.Equal(damage, differences.Damage);
    }

    /// <summary>
    /// A copy of the index at <paramref name="source"/> with eight bytes flipped in the middle of its largest file, at
    /// the first of several places where the index still opens (opening reads the small files and every header, and a
    /// damaged one of those makes the index be recreated: not the case under test).
    /// </summary>
    internal static SearchIndex DamagedCopyThatOpens(string source, string target)
    {
        var largest = new DirectoryInfo(source).GetFiles().MaxBy(f => f.Length)!;
        foreach (var fraction in new[] { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 })
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(source).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
            FlipBytes(Path.Combine(target, largest.Name), (long)(largest.Length * fraction));
            var index = new SearchIndex(target);
            if (!index.NeedsRebuild)
            {
                return index;
            }
            index.Dispose();
        }
        throw new InvalidOperationException($"Every damaged copy of {largest.Name} failed to open; no case of damage that opening misses.");
    }

    internal static void FlipBytes(string file, long offset)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        var bytes = new byte[8];
        stream.Position = offset;
        stream.ReadExactly(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] ^= 0xA5;
        }
        stream.Position = offset;
        stream.Write(bytes);
    }
}
