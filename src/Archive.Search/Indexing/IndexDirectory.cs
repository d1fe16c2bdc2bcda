using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace Archive.Search.Indexing;

/// <summary>
/// The index folder as Lucene reads it: positional file reads through buffers (<see cref="NIOFSDirectory"/>), with
/// larger buffers for the stored fields, instead of the memory-mapped directory <see cref="FSDirectory.Open(string)"/> picks.
/// </summary>
/// <remarks>
/// Loading a hit's stored fields decompresses its LZ4 chunk one byte at a time; through Lucene.Net's memory-mapped
/// input every byte costs a bounds-checked accessor call with a SafeHandle reference taken and released, and that
/// was a quarter of the search page's CPU time. From a buffer a byte is an array read: a document loads in about
/// a third of the time (100k corpus: ~90 µs to ~33 µs per document, 20 per page).
/// </remarks>
internal sealed class IndexDirectory(string path) : FilterDirectory(new NIOFSDirectory(path))
{
    /// <summary>Buffer of a stored-fields input: a 16 KB chunk is then read in four calls instead of sixteen.</summary>
    private const int StoredFieldsBufferSize = 4096;

    private const string StoredFieldsExtension = "." + Lucene.Net.Codecs.Lucene40.Lucene40StoredFieldsWriter.FIELDS_EXTENSION;

    public override IndexInput OpenInput(string name, IOContext context) => WithStoredFieldsBuffer(name, base.OpenInput(name, context));

    // Compound segments (.cfs) open their files as slices of one input: the slice's description is the inner file's name.
    public override IndexInputSlicer CreateSlicer(string name, IOContext context) => new Slicer(base.CreateSlicer(name, context));

    private static IndexInput WithStoredFieldsBuffer(string name, IndexInput input)
    {
        if (name.EndsWith(StoredFieldsExtension, StringComparison.Ordinal) && input is BufferedIndexInput buffered)
        {
            buffered.SetBufferSize(StoredFieldsBufferSize);
        }
        return input;
    }

    private sealed class Slicer(IndexInputSlicer inner) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            WithStoredFieldsBuffer(sliceDescription, inner.OpenSlice(sliceDescription, offset, length));

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => inner.OpenFullSlice();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
        }
    }
}
