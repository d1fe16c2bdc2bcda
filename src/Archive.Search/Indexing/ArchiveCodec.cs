using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Archive.Search.Indexing;

/// <summary>
/// Lucene 4.6's codec with the stored fields compressed in 1 KB chunks instead of 16 KB ones.
/// </summary>
/// <remarks>
/// Without the texts, a post's stored fields are a couple of hundred bytes, so a 16 KB chunk held some sixty posts,
/// and loading one hit decompressed on average half a chunk to reach it, twenty times a page (docs/benchmarks.md).
/// Small chunks compress a little worse, so the index is slightly larger.
/// The codec's name is written into each segment, so an index written before it (plain Lucene46) still opens,
/// and its segments move to this codec as they merge or when the index is rebuilt.
/// </remarks>
[CodecName(RegisteredName)]
internal sealed class ArchiveCodec() : FilterCodec(new Lucene46Codec())
{
    public const string RegisteredName = "Archive46";

    internal const int StoredFieldsChunkSize = 1 << 10;

    private readonly StoredFieldsFormat _storedFields =
        new CompressingStoredFieldsFormat("ArchiveStoredFields", CompressionMode.FAST, StoredFieldsChunkSize);

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    /// <summary>The codec, registered with Lucene's codec lookup so that segments naming it can be read.</summary>
    public static Codec Instance => Registration.Codec;

    // Lucene resolves a segment's codec by name through one process-wide factory; registering from a static
    // initializer makes it happen once, before the first index is opened or written.
    private static class Registration
    {
        public static readonly Codec Codec = Register();

        private static Codec Register()
        {
            Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(ArchiveCodec)] });
            return Codec.ForName(RegisteredName);
        }
    }
}
