using Archive.Search;

namespace Archive.Web.Tests.Cli;

/// <summary>Damages an index the way a bad disk does: a few bytes flipped in the middle of its largest file, where opening it does not look.</summary>
public static class IndexDamage
{
    /// <summary>
    /// Flips eight bytes of the largest file of the index at <paramref name="indexPath"/> (closed), at the first of
    /// several places where the damaged index still opens without noticing: found on a copy, then done to the index.
    /// </summary>
    public static void FlipBytesWhereOpeningDoesNotLook(string indexPath)
    {
        var largest = new DirectoryInfo(indexPath).GetFiles().MaxBy(f => f.Length)!;
        var probe = indexPath + "-probe";
        foreach (var fraction in new[] { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 })
        {
            var offset = (long)(largest.Length * fraction);
            if (Directory.Exists(probe))
            {
                Directory.Delete(probe, recursive: true);
            }
            Directory.CreateDirectory(probe);
            foreach (var file in Directory.GetFiles(indexPath).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(probe, Path.GetFileName(file)));
            }
            FlipBytes(Path.Combine(probe, largest.Name), offset);
            bool opened;
            using (var index = new SearchIndex(probe))
            {
                opened = !index.NeedsRebuild;
            }
            Directory.Delete(probe, recursive: true);
            if (opened)
            {
                FlipBytes(largest.FullName, offset);
                return;
            }
        }
        throw new InvalidOperationException($"Every damaged copy of {largest.Name} failed to open; no case of damage that opening misses.");
    }

    private static void FlipBytes(string file, long offset)
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
