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

    [Fact]
    public void A_link_loop_is_walked_once_and_each_file_listed_once()
    {
        // mkdir -p t/loop/sub; ln -s .. t/loop/sub/up; ln -s ../loop t/loop/self
        var root = Directory.CreateTempSubdirectory("archive-paths-").FullName;
        try
        {
            var loop = Path.Combine(root, "loop");
            Directory.CreateDirectory(Path.Combine(loop, "sub"));
            Directory.CreateSymbolicLink(Path.Combine(loop, "sub", "up"), "..");
            Directory.CreateSymbolicLink(Path.Combine(loop, "self"), "../loop");
            File.WriteAllText(Path.Combine(loop, "a.txt"), "x");
            File.WriteAllText(Path.Combine(loop, "sub", "b.txt"), "x");

            var files = IngestPaths.Expand([loop]);

            Assert.Equal([Path.Combine(loop, "a.txt"), Path.Combine(loop, "sub", "b.txt")], files);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_link_to_a_folder_not_yet_walked_is_followed()
    {
        var root = Directory.CreateTempSubdirectory("archive-paths-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "given"));
            Directory.CreateDirectory(Path.Combine(root, "elsewhere"));
            File.WriteAllText(Path.Combine(root, "elsewhere", "c.txt"), "x");
            Directory.CreateSymbolicLink(Path.Combine(root, "given", "linked"), Path.Combine(root, "elsewhere"));

            Assert.Equal([Path.Combine(root, "given", "linked", "c.txt")], IngestPaths.Expand([Path.Combine(root, "given")]));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_kept_as_a_path_and_the_others_are_walked()
    {
        // Tests run as root, whom no permission stops: the listing itself is made to fail, as it does for others.
        var root = Directory.CreateTempSubdirectory("archive-paths-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "locked"));
            Directory.CreateDirectory(Path.Combine(root, "open"));
            File.WriteAllText(Path.Combine(root, "locked", "hidden-from-us.txt"), "x");
            File.WriteAllText(Path.Combine(root, "open", "d.txt"), "x");
            File.WriteAllText(Path.Combine(root, "e.txt"), "x");

            var files = IngestPaths.Expand([root], folder => folder.Name == "locked"
                ? throw new UnauthorizedAccessException($"Access to the path '{folder.FullName}' is denied.")
                : folder.EnumerateFileSystemInfos());

            Assert.Equal([Path.Combine(root, "e.txt"), Path.Combine(root, "locked"), Path.Combine(root, "open", "d.txt")], files);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
