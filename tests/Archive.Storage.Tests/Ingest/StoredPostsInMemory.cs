using Archive.Parsing;
using Archive.Storage.Ingest;

namespace Archive.Storage.Tests.Ingest;

/// <summary>
/// Posts held in a list, for testing the reconciler without a database: read as the store gives them (in file and place
/// order, then by key), and changed by each decision as <see cref="PostWriter"/> changes the store.
/// </summary>
internal sealed class StoredPostsInMemory : IStoredPosts
{
    /// <summary>One stored post: what the reconciler and the tests look at.</summary>
    public sealed record Row(long Key, string Id, int ChannelId, int SourceFileId, int SourceIndex, string Text, string ContentHash,
        string Fingerprint, long? MessageId)
    {
        public StoredPost Stored => new(Key, Id, ContentHash, Fingerprint, SourceFileId, SourceIndex, MessageId);
    }

    private readonly Dictionary<long, Row> _rows = [];
    private readonly HashSet<int> _files = [];
    private readonly Dictionary<string, int> _channels = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Row> Rows => _rows.Values;

    public Row this[long key] => _rows[key];

    public Dictionary<string, List<StoredPost>> ContentPosts(int channelId) =>
        _rows.Values.Where(r => r.ChannelId == channelId && r.MessageId is null)
            .OrderBy(r => r.SourceFileId).ThenBy(r => r.SourceIndex).ThenBy(r => r.Key)
            .GroupBy(r => r.ContentHash, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Stored).ToList(), StringComparer.Ordinal);

    public List<StoredPost> MessagePosts(int channelId) =>
        _rows.Values.Where(r => r.ChannelId == channelId && r.MessageId is not null).Select(r => r.Stored).ToList();

    public string? Text(long key) => _rows[key].Text;

    /// <summary>
    /// Reconciles a file's posts with the store and applies each decision as it comes, as <see cref="DumpIngester"/> does;
    /// returns each post's decision and the key of the stored post it ended up as.
    /// </summary>
    public List<(PostDecision Decision, long Key)> Ingest(int sourceFileId, IEnumerable<ParsedPost> posts, string fileChannel = "mfa")
    {
        var reconciler = Reconciler(sourceFileId);
        var channels = new Dictionary<string, PostReconciler.ChannelState>(StringComparer.Ordinal);
        var outcome = new List<(PostDecision, long)>();
        foreach (var post in posts)
        {
            var name = post.Channel?.Name ?? fileChannel;
            if (!channels.TryGetValue(name, out var channel))
            {
                channels[name] = channel = Channel(reconciler, name);
            }
            var decision = reconciler.Decide(PreparedPost.Of(post), channel);
            if (decision.Action != PostAction.Pending)
            {
                outcome.Add((decision, Apply(decision, sourceFileId)));
            }
        }
        foreach (var decision in reconciler.DecidePending())
        {
            outcome.Add((decision, Apply(decision, sourceFileId)));
        }
        return outcome;
    }

    /// <summary>A reconciler for the file, which from now on counts as seen.</summary>
    public PostReconciler Reconciler(int sourceFileId) => new(this, sourceFileId, fileSeenBefore: !_files.Add(sourceFileId));

    /// <summary>The reconciler's state for the named channel (once per file), numbered as the store first saw it.</summary>
    public PostReconciler.ChannelState Channel(PostReconciler reconciler, string name)
    {
        if (!_channels.TryGetValue(name, out var id))
        {
            _channels[name] = id = _channels.Count + 1;
        }
        return reconciler.Channel(id, name);
    }

    /// <summary>Carries out a decision as <see cref="PostWriter.Apply"/> does; returns the key of the post it concerns.</summary>
    public long Apply(PostDecision decision, int sourceFileId)
    {
        var prepared = decision.Post;
        var post = prepared.Post;
        switch (decision.Action)
        {
            case PostAction.Insert:
                // Ids are unique in the whole store: a taken one makes the writer try the next.
                var attempt = 0;
                while (_rows.Values.Any(r => r.Id == decision.IdFor(attempt)))
                {
                    attempt++;
                }
                var key = _rows.Count == 0 ? 1 : _rows.Keys.Max() + 1;
                _rows[key] = new Row(key, decision.IdFor(attempt), decision.Channel.Id, sourceFileId, post.SourceIndex, post.Text,
                    prepared.ContentHash, prepared.Fingerprint, post.MessageId);
                return key;
            case PostAction.Keep:
                return decision.Stored!.Key;
            case PostAction.Move:
                _rows[decision.Stored!.Key] = _rows[decision.Stored.Key] with { SourceIndex = decision.SourceIndex };
                return decision.Stored.Key;
            case PostAction.Update:
                var stored = _rows[decision.Stored!.Key];
                _rows[stored.Key] = stored with
                {
                    SourceIndex = decision.SourceIndex,
                    Text = post.Text,
                    ContentHash = prepared.ContentHash,
                    Fingerprint = prepared.Fingerprint,
                    MessageId = post.MessageId,
                };
                return stored.Key;
            default:
                throw new InvalidOperationException($"A {decision.Action} decision cannot be carried out.");
        }
    }
}
