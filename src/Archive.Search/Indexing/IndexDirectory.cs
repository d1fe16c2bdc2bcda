using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Archive.Search.Indexing;

/// <summary>
/// The index folder as Lucene reads it: buffered positional reads (<see cref="PositionalFileInput"/>), with larger
/// buffers for the stored fields and the postings, instead of the memory-mapped directory <see cref="FSDirectory.Open(string)"/> picks.
/// Writing is <see cref="FSDirectory"/>'s own; the writer lock is a <see cref="FileShareLockFactory"/> lock.
/// </summary>
/// <remarks>
/// Loading a hit's stored fields decompresses its LZ4 chunk one byte at a time; through Lucene.Net's memory-mapped
/// input every byte costs a bounds-checked accessor call with a SafeHandle reference taken and released, and that
/// was a large share of the search page's CPU time (docs/benchmarks.md). From a buffer a byte is an array read. Lucene.Net's own
/// <see cref="NIOFSDirectory"/> buffers too, but reads through a FileStream under a lock, with the stream's buffer
/// copied into Lucene's; a positional read fills Lucene's buffer directly, and concurrent searches do not queue.
/// The index's pages stay in the OS page cache either way; they just no longer count in the process's resident set.
/// </remarks>
internal sealed class IndexDirectory(string path) : FSDirectory(new DirectoryInfo(path), new FileShareLockFactory(path))
{
    /// <summary>Buffer of a stored-fields input: a 16 KB chunk of an index from before <see cref="ArchiveCodec"/> is then read in four calls instead of sixteen.</summary>
    internal const int StoredFieldsBufferSize = 4096;

    /// <summary>
    /// Buffer of a postings input (.doc, .pos, .pay): a common word's postings run to tens of kilobytes, which Lucene's
    /// default 1 KB buffer read in as many positional reads, a system call each (the page's busiest reads).
    /// </summary>
    internal const int PostingsBufferSize = 8192;

    // Segments written with the archive's codec can be read only once Lucene knows its name.
    static IndexDirectory() => _ = ArchiveCodec.Instance;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = System.IO.Path.Combine(Directory.FullName, name);
        var handle = OpenHandle(file);
        try
        {
            return new PositionalFileInput($"{nameof(PositionalFileInput)}(path=\"{file}\")", handle, ownsHandle: true,
                0, RandomAccess.GetLength(handle), BufferSizeFor(name, context));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    // Compound segments (.cfs) open their files as slices of one file: the slice's description is the inner file's name.
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var file = System.IO.Path.Combine(Directory.FullName, name);
        return new Slicer(file, OpenHandle(file), context);
    }

    private static SafeFileHandle OpenHandle(string file) =>
        File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private static int BufferSizeFor(string name, IOContext context)
    {
        foreach (var (extension, size) in LargerBuffers)
        {
            if (name.EndsWith(extension, StringComparison.Ordinal))
            {
                return size;
            }
        }
        return BufferedIndexInput.GetBufferSize(context);
    }

    private const string StoredFieldsExtension = "." + Lucene.Net.Codecs.Lucene40.Lucene40StoredFieldsWriter.FIELDS_EXTENSION;

    // Files read in long runs get more than Lucene's 1 KB; the rest (term dictionary, doc values, norms) keep it.
    private static readonly (string Extension, int Size)[] LargerBuffers =
    [
        (StoredFieldsExtension, StoredFieldsBufferSize),
        ("." + Lucene.Net.Codecs.Lucene41.Lucene41PostingsFormat.DOC_EXTENSION, PostingsBufferSize),
        ("." + Lucene.Net.Codecs.Lucene41.Lucene41PostingsFormat.POS_EXTENSION, PostingsBufferSize),
        ("." + Lucene.Net.Codecs.Lucene41.Lucene41PostingsFormat.PAY_EXTENSION, PostingsBufferSize),
    ];

    private sealed class Slicer(string file, SafeFileHandle handle, IOContext context) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalFileInput($"{nameof(PositionalFileInput)}({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})",
                handle, ownsHandle: false, offset, length, BufferSizeFor(sliceDescription, context));

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }
}

/// <summary>
/// A file, or a slice of one, read with positional reads (pread) into <see cref="BufferedIndexInput"/>'s buffer.
/// Clones and slices share the handle; only the input that opened it closes it.
/// </summary>
internal sealed class PositionalFileInput : BufferedIndexInput
{
    private readonly SafeFileHandle _handle;
    private readonly long _start;
    private readonly long _end;
    private bool _ownsHandle;
    private int _disposed;

    public PositionalFileInput(string description, SafeFileHandle handle, bool ownsHandle, long start, long length, int bufferSize)
        : base(description, bufferSize)
    {
        _handle = handle;
        _ownsHandle = ownsHandle;
        _start = start;
        _end = start + length;
    }

    public override long Length => _end - _start;

    public override object Clone()
    {
        var clone = (PositionalFileInput)base.Clone();
        clone._ownsHandle = false;
        clone._disposed = 0;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        var position = _start + Position;
        if (position + length > _end)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }
        var target = b.AsSpan(offset, length);
        while (!target.IsEmpty)
        {
            var read = RandomAccess.Read(_handle, target, position);
            if (read <= 0)
            {
                // The length was checked above; the file shrinking under a reader is an error, not a short read.
                throw new EndOfStreamException($"read past EOF: {this} at {position}, {target.Length} bytes left to read");
            }
            position += read;
            target = target[read..];
        }
    }

    // Every read says where it reads from: there is no file position to move.
    protected override void SeekInternal(long pos)
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && disposing && _ownsHandle)
        {
            _handle.Dispose();
        }
    }
}
