using Archive.Parsing;
using Archive.Storage.Ingest;

namespace Archive.Storage.Tests.Ingest;

/// <summary>An unchanged file ingested again under another channel: nothing moves, and the result says how to move it.</summary>
public sealed class ChannelMismatchTests
{
    [Fact]
    public async Task An_unchanged_file_asked_under_another_channel_names_the_one_it_is_under_and_the_rename()
    {
        await using var store = await TempStore.CreateAsync();
        var dump = store.WriteFixture("a.txt", "one", "two");
        await store.Ingester().IngestFileAsync(dump, "abad6c2d1bf5c3df");

        var again = await store.Ingester().IngestFileAsync(dump, "Russian \"MFA\"");
        var same = await store.Ingester().IngestFileAsync(dump, "abad6c2d1bf5c3df");

        Assert.True(again.Skipped);
        Assert.Equal(new ChannelMismatch("abad6c2d1bf5c3df", "Russian \"MFA\""), again.StoredUnder);
        Assert.Equal("archive channels rename \"abad6c2d1bf5c3df\" \"Russian \\\"MFA\\\"\"", again.StoredUnder!.RenameCommand);
        Assert.Null(same.StoredUnder);
    }

    [Fact]
    public async Task A_sidecar_naming_another_channel_is_reported_too()
    {
        await using var store = await TempStore.CreateAsync();
        var dump = store.WriteFixture("a.txt", "one");
        await store.Ingester().IngestFileAsync(dump);
        await File.WriteAllTextAsync(dump + IngestPaths.ChannelSidecarExtension, "Named\n");

        var again = await store.Ingester().IngestFileAsync(dump);

        Assert.Equal(new ChannelMismatch("a", "Named"), again.StoredUnder);
    }

    [Fact]
    public async Task An_export_names_its_own_channel_so_the_channel_asked_for_does_not_apply()
    {
        await using var store = await TempStore.CreateAsync();
        var reader = new DumpReader([new ExportLikeFixture()]);
        var dump = store.WriteFixture("result.txt", "@channel Exported\n@msg 1\none");
        await store.Ingester(reader).IngestFileAsync(dump);

        var again = await store.Ingester(reader).IngestFileAsync(dump, "Other");

        Assert.True(again.Skipped);
        Assert.Null(again.StoredUnder);
    }

    /// <summary>The fixture format, saying (as the Telegram exports do) that its files name their channels.</summary>
    private sealed class ExportLikeFixture : IDumpFormat
    {
        private readonly FixtureFormat _fixture = new();

        public string Name => _fixture.Name;

        public bool NamesItsChannels => true;

        public bool Recognizes(string path, ReadOnlySpan<byte> head) => _fixture.Recognizes(path, head);

        public IEnumerable<ParsedPost> Read(string path, ParseOptions options) => _fixture.Read(path, options);
    }
}
