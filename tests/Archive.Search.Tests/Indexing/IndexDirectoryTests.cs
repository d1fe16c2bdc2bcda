using Archive.Search.Indexing;
using Archive.Search.Tests.Fixtures;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Search.Tests.Indexing;

/// <summary>How the index folder is read: buffered positional reads, with larger buffers for stored fields, over the sample archive's real index.</summary>
public class IndexDirectoryTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    [Fact]
    public void Stored_fields_and_postings_are_read_through_larger_buffers_and_other_files_through_the_default_one()
    {
        using var directory = new IndexDirectory(archive.IndexPath);
        var infos = new SegmentInfos();
        infos.Read(directory);
        Assert.NotEmpty(infos.Segments);
        foreach (var segment in infos.Segments)
        {
            var name = segment.Info.Name;
            // A compound segment opens its files as slices of the .cfs; a plain one opens them as files.
            using var files = segment.Info.UseCompoundFile
                ? new CompoundFileDirectory(directory, name + ".cfs", IOContext.READ, openForWrite: false)
                : (Lucene.Net.Store.Directory)new NoCloseDirectory(directory);
            string File(string extension) => files.ListAll().First(f => f.EndsWith(extension, StringComparison.Ordinal));

            AssertBuffer(files, name + ".fdt", IndexDirectory.StoredFieldsBufferSize);
            AssertBuffer(files, File(".doc"), IndexDirectory.PostingsBufferSize);
            AssertBuffer(files, File(".pos"), IndexDirectory.PostingsBufferSize);
            AssertBuffer(files, File(".tim"), BufferedIndexInput.BUFFER_SIZE);
        }
    }

    private static void AssertBuffer(Lucene.Net.Store.Directory files, string file, int expected)
    {
        using var input = files.OpenInput(file, IOContext.READ);
        var buffered = Assert.IsAssignableFrom<BufferedIndexInput>(input);
        Assert.True(buffered.BufferSize == expected, $"{file}: buffer is {buffered.BufferSize} bytes, not {expected}");
    }

    [Fact]
    public void Every_post_loads_whole_through_the_directory()
    {
        using var directory = new IndexDirectory(archive.IndexPath);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(archive.Posts.Count, reader.NumDocs);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var hashes = new Dictionary<string, string>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                var stored = reader.Document(doc);
                hashes[stored.Get(PostFields.Id)] = stored.Get(PostFields.ContentHash);
            }
        }
        foreach (var post in archive.Posts)
        {
            Assert.True(hashes.TryGetValue(post.Id, out var hash), $"post {post.Id} is not in the index");
            Assert.True(hash == post.ContentHash, $"post {post.Id}: the stored content hash differs from the store's");
        }
    }

    [Fact]
    public void A_disposed_clone_leaves_the_file_readable_through_the_input_it_came_from()
    {
        using var directory = new IndexDirectory(archive.IndexPath);
        var file = directory.ListAll().OrderByDescending(directory.FileLength).First();
        using var input = directory.OpenInput(file, IOContext.READ);
        var expected = File.ReadAllBytes(Path.Combine(archive.IndexPath, file));

        var clone = (IndexInput)input.Clone();
        clone.Seek(expected.Length / 2);
        Assert.Equal(expected[expected.Length / 2], clone.ReadByte());
        clone.Dispose();

        var read = new byte[expected.Length];
        input.Seek(0);
        input.ReadBytes(read, 0, read.Length);
        Assert.True(expected.AsSpan().SequenceEqual(read), $"{file} read back differs from the file");
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    /// <summary>Lists and opens a plain segment's files without disposing the directory they belong to.</summary>
    private sealed class NoCloseDirectory(Lucene.Net.Store.Directory inner) : FilterDirectory(inner)
    {
        // Not closing the inner directory is this type's whole job.
#pragma warning disable CA2215
        protected override void Dispose(bool disposing)
        {
        }
#pragma warning restore CA2215
    }
}
