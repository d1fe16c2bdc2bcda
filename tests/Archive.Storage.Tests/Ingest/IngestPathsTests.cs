using Archive.Storage.Ingest;

namespace Archive.Storage.Tests.Ingest;

public sealed class IngestPathsTests
{
    [Fact]
    public void Folders_expand_recursively_in_ordinal_order_without_sidecars()
    {
        var root = Directory.CreateTempSubdirectory("archive-paths-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "sub"));
            foreach (var name in new[] { "b.txt", "a.txt", "a.txt.channel", "channel.txt", "sub/c.txt", ".hidden" })
            {
                File.WriteAllText(Path.Combine(root, name), "x");
            }

            var files = IngestPaths.Expand([root, Path.Combine(root, "a.txt")]);

            Assert.Equal(
                [Path.Combine(root, "a.txt"), Path.Combine(root, "b.txt"), Path.Combine(root, "sub", "c.txt")],
                files);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_missing_path_is_kept_so_the_ingest_can_report_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "archive-no-such-" + Guid.NewGuid().ToString("N"));

        Assert.Equal([missing], IngestPaths.Expand([missing]));
    }
}
