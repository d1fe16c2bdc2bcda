namespace Archive.Storage.Ingest;

/// <summary>
/// The stored posts without message ids of each channel an ingest has read, by content hash, in the order of their
/// file and place, kept in step with the ingest's own commits. Another connection's commit empties it.
/// </summary>
/// <remarks>
/// Reading them from the store for every file made an ingest of many dumps of one channel quadratic (docs/benchmarks.md,
/// "Measured decisions").
/// </remarks>
internal sealed class ContentPostsCache
{
    // Channels kept, the ones used last: one channel's dumps keep it, and many channels do not fill the memory.
    private const int MaxChannels = 8;

    private readonly Dictionary<int, Dictionary<string, List<StoredPost>>> _channels = [];
    private readonly Dictionary<int, long> _lastUse = [];
    private long _uses;
    private (object? Handle, long Version) _seen;

    /// <summary>
    /// Inside a file's transaction, before any read: forgets everything another connection may have changed. True when
    /// it did (or cannot tell): whatever else the run keeps of the store is then stale too.
    /// </summary>
    public bool Validate(PostWriter writer)
    {
        var now = writer.DataVersion();
        if (!ReferenceEquals(now.Handle, _seen.Handle) || now.Version != _seen.Version)
        {
            _channels.Clear();
            _seen = now;
            return true;
        }
        return false;
    }

    /// <summary>The channel's stored posts by content hash; read once per file by the caller.</summary>
    public Dictionary<string, List<StoredPost>> Of(PostWriter writer, int channelId)
    {
        if (_channels.TryGetValue(channelId, out var byContent))
        {
            _lastUse[channelId] = ++_uses;
            return byContent;
        }
        // In file and place order, as the store gives them.
        byContent = writer.ContentPosts(channelId).GroupBy(p => p.ContentHash)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // A channel with no stored posts yet is not kept (it is read again, empty or not, by its next file): when
        // every file is a channel of its own, keeping each file's posts alive cost the GC a fifth more work.
        if (byContent.Count > 0)
        {
            if (_channels.Count == MaxChannels)
            {
                var oldest = _channels.Keys.MinBy(id => _lastUse[id]);
                _channels.Remove(oldest);
                _lastUse.Remove(oldest);
            }
            _channels[channelId] = byContent;
            _lastUse[channelId] = ++_uses;
        }
        return byContent;
    }

    /// <summary>Takes in what a committed file changed, for the channels already read (the others are read when needed).</summary>
    public void Apply(List<(int ChannelId, StoredPost? Old, StoredPost New)> changes)
    {
        foreach (var (channelId, old, now) in changes)
        {
            if (!_channels.TryGetValue(channelId, out var byContent))
            {
                continue;
            }
            if (old is not null && byContent.TryGetValue(old.ContentHash, out var was))
            {
                was.RemoveAll(p => p.Key == old.Key);
            }
            if (!byContent.TryGetValue(now.ContentHash, out var posts))
            {
                byContent[now.ContentHash] = posts = [];
            }
            var at = posts.FindIndex(p => (p.SourceFileId, p.SourceIndex).CompareTo((now.SourceFileId, now.SourceIndex)) > 0);
            posts.Insert(at < 0 ? posts.Count : at, now);
        }
    }

    public void Clear()
    {
        _channels.Clear();
        _lastUse.Clear();
    }
}
