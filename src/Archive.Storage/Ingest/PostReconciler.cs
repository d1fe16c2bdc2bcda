using Archive.Parsing;

namespace Archive.Storage.Ingest;

/// <summary>
/// Decides, post by post as a file is read, what each of its posts is to the store: new, the same as a stored post, that
/// post moved in its file, or that post edited. Pure logic: what it knows of the store comes from <see cref="IStoredPosts"/>,
/// and what it decides is carried out by the writer.
/// </summary>
/// <remarks>
/// The rules: a post with a message id (exports) is the stored post with that message id; any other post is a stored
/// post of its channel with the same content, preferring one of the same file, earliest first, each taken once (a text
/// twice in a file is two posts; a post without text takes only one of its own file). A post no such match takes is
/// new, unless the file was seen before: then it waits until every exact match is known, and is paired with a stored
/// post of the file left in its place whose text is alike (an edit, which keeps the stored post's id). Stored posts a
/// file no longer has are left as they are.
/// </remarks>
internal sealed class PostReconciler(IStoredPosts stored, int sourceFileId, bool fileSeenBefore)
{
    // Only a file seen before can hold edits; for it, unmatched posts wait for the end, when every exact match is known.
    private readonly List<(PreparedPost Post, ChannelState Channel, int Occurrence)> _pending = [];

    // For each post of the file that took a stored post of the same file: that post's place before (an edit's neighbours tell its place).
    private readonly Dictionary<int, int> _oldIndexOfNew = [];

    /// <summary>The state of the channel with store id <paramref name="id"/> for this file; <paramref name="key"/> is what its post ids derive from.</summary>
    public ChannelState Channel(int id, string key) => new(id, key, stored);

    /// <summary>What <paramref name="prepared"/>, the file's next post, is to the store; <see cref="PostAction.Pending"/> until <see cref="DecidePending"/>.</summary>
    public PostDecision Decide(PreparedPost prepared, ChannelState channel)
    {
        var post = prepared.Post;
        if (post.MessageId is { } messageId)
        {
            return channel.TakeByMessage(messageId) is { } byMessage
                ? Match(channel, byMessage, prepared)
                : new PostDecision(PostAction.Insert, prepared, channel, null, post.SourceIndex, 0);
        }

        var hash = prepared.ContentHash;
        var occurrence = channel.Occurrences.GetValueOrDefault(hash);
        channel.Occurrences[hash] = occurrence + 1;
        // Every post without text (media without a caption) has the same content: only its place in its own file tells
        // one from another, so it never takes a post of another file.
        if (channel.ClaimByContent(hash, sourceFileId, sameFileOnly: post.Text.Length == 0) is { } match)
        {
            if (match.SourceFileId == sourceFileId)
            {
                _oldIndexOfNew[post.SourceIndex] = match.SourceIndex;
            }
            return Match(channel, match, prepared);
        }
        if (fileSeenBefore)
        {
            _pending.Add((prepared, channel, occurrence));
            return new PostDecision(PostAction.Pending, prepared, channel, null, post.SourceIndex, occurrence);
        }
        return new PostDecision(PostAction.Insert, prepared, channel, null, post.SourceIndex, occurrence);
    }

    /// <summary>
    /// Once the file is read, decides each pending post in file order: the edit of a left-over stored post of this file
    /// in its place (after the stored post its predecessor took, before the one its successor took, or at its index)
    /// when the texts are alike, else new. Enumerate once, carrying out each decision as it comes.
    /// </summary>
    public IEnumerable<PostDecision> DecidePending()
    {
        if (_pending.Count == 0)
        {
            yield break;
        }
        var leftOvers = new Dictionary<ChannelState, Dictionary<int, List<StoredPost>>>();
        foreach (var (prepared, channel, occurrence) in _pending)
        {
            var post = prepared.Post;
            if (!leftOvers.TryGetValue(channel, out var leftOver))
            {
                leftOver = channel.LeftOverInFile(sourceFileId);
                leftOvers[channel] = leftOver;
            }
            var edited = EditedLeftOver(leftOver, post);
            if (edited is not null)
            {
                leftOver[edited.SourceIndex].Remove(edited);
                channel.Claim(edited);
                _oldIndexOfNew[post.SourceIndex] = edited.SourceIndex;
                yield return Match(channel, edited, prepared);
            }
            else
            {
                yield return new PostDecision(PostAction.Insert, prepared, channel, null, post.SourceIndex, occurrence);
            }
        }
    }

    /// <summary>The first left-over stored post at one of the post's candidate places whose text is alike, or null.</summary>
    private StoredPost? EditedLeftOver(Dictionary<int, List<StoredPost>> leftOver, ParsedPost post)
    {
        foreach (var candidate in Candidates(post.SourceIndex))
        {
            if (!leftOver.TryGetValue(candidate, out var there))
            {
                continue;
            }
            foreach (var left in there)
            {
                if (TextSimilarity.Words(stored.Text(left.Key) ?? "", post.Text) >= TextSimilarity.EditThreshold)
                {
                    return left;
                }
            }
        }
        return null;
    }

    private IEnumerable<int> Candidates(int index)
    {
        if (_oldIndexOfNew.TryGetValue(index - 1, out var before))
        {
            yield return before + 1;
        }
        if (_oldIndexOfNew.TryGetValue(index + 1, out var after))
        {
            yield return after - 1;
        }
        yield return index;
    }

    private PostDecision Match(ChannelState channel, StoredPost match, PreparedPost prepared)
    {
        var post = prepared.Post;
        var sameFile = match.SourceFileId == sourceFileId;
        if (match.Fingerprint == prepared.Fingerprint)
        {
            return sameFile && match.SourceIndex != post.SourceIndex
                ? new PostDecision(PostAction.Move, prepared, channel, match, post.SourceIndex, 0)
                : new PostDecision(PostAction.Keep, prepared, channel, match, match.SourceIndex, 0);
        }
        // A post another file brought keeps its place there; only its content follows the newer version.
        return new PostDecision(PostAction.Update, prepared, channel, match, sameFile ? post.SourceIndex : match.SourceIndex, 0);
    }

    /// <summary>One channel's stored posts as this file's reconciling sees them: unclaimed ones are still open to matching.</summary>
    internal sealed class ChannelState(int id, string key, IStoredPosts stored)
    {
        public int Id { get; } = id;

        /// <summary>What post ids are derived from: the export's chat id, else the channel name.</summary>
        public string Key { get; } = key;

        /// <summary>How many times each content hash has appeared in this file so far.</summary>
        public Dictionary<string, int> Occurrences { get; } = new(StringComparer.Ordinal);

        // The lists read from the store stay as the store was before this file; what the file takes is noted here.
        private readonly HashSet<long> _claimed = [];
        private Dictionary<string, List<StoredPost>>? _byContent;
        private Dictionary<long, List<StoredPost>>? _byMessage;

        private Dictionary<string, List<StoredPost>> ByContent => _byContent ??= stored.ContentPosts(Id);

        /// <summary>
        /// Takes the stored post with this message id, if the store has one not taken yet; of several (an export that
        /// repeats an id keeps each post), the earliest in the channel's order first.
        /// </summary>
        public StoredPost? TakeByMessage(long messageId)
        {
            _byMessage ??= ByMessage(stored.MessagePosts(Id));
            if (!_byMessage.TryGetValue(messageId, out var posts))
            {
                return null;
            }
            var first = 0;
            for (var i = 1; i < posts.Count; i++)
            {
                if ((posts[i].SourceFileId, posts[i].SourceIndex).CompareTo((posts[first].SourceFileId, posts[first].SourceIndex)) < 0)
                {
                    first = i;
                }
            }
            var post = posts[first];
            posts.RemoveAt(first);
            if (posts.Count == 0)
            {
                _byMessage.Remove(messageId);
            }
            return post;
        }

        private static Dictionary<long, List<StoredPost>> ByMessage(IEnumerable<StoredPost> posts)
        {
            var byMessage = new Dictionary<long, List<StoredPost>>();
            foreach (var post in posts)
            {
                var id = post.MessageId!.Value;
                if (byMessage.TryGetValue(id, out var same))
                {
                    same.Add(post);
                }
                else
                {
                    byMessage[id] = [post];
                }
            }
            return byMessage;
        }

        /// <summary>Takes a stored post with this content, preferring one from the same file (or only one from it), earliest first.</summary>
        public StoredPost? ClaimByContent(string hash, int sourceFileId, bool sameFileOnly = false)
        {
            if (!ByContent.TryGetValue(hash, out var posts))
            {
                return null;
            }
            StoredPost? claimed = null;
            foreach (var post in posts)
            {
                if (!_claimed.Contains(post.Key) && (!sameFileOnly || post.SourceFileId == sourceFileId)
                    && (claimed is null || (post.SourceFileId == sourceFileId && claimed.SourceFileId != sourceFileId)))
                {
                    claimed = post;
                }
            }
            if (claimed is not null)
            {
                _claimed.Add(claimed.Key);
            }
            return claimed;
        }

        /// <summary>The stored posts of the file no exact match took, by their old index.</summary>
        /// <remarks>
        /// An index can hold several: a post a newer version dropped is kept at its place, which another post may take
        /// since (a dump of a channel's latest posts shifts them all by the ones that fell out).
        /// </remarks>
        public Dictionary<int, List<StoredPost>> LeftOverInFile(int sourceFileId)
        {
            var leftOver = new Dictionary<int, List<StoredPost>>();
            foreach (var posts in ByContent.Values)
            {
                foreach (var post in posts)
                {
                    if (post.SourceFileId == sourceFileId && !_claimed.Contains(post.Key))
                    {
                        if (!leftOver.TryGetValue(post.SourceIndex, out var there))
                        {
                            leftOver[post.SourceIndex] = there = [];
                        }
                        there.Add(post);
                    }
                }
            }
            return leftOver;
        }

        /// <summary>Takes a stored post found otherwise than by its content (an edit of it).</summary>
        public void Claim(StoredPost post) => _claimed.Add(post.Key);
    }
}

/// <summary>What a <see cref="PostReconciler"/> reads of the store: in an ingest, the file's transaction; in tests, a list.</summary>
internal interface IStoredPosts
{
    /// <summary>The channel's stored posts without message ids, by content hash, each list in file and place order. Read, never changed.</summary>
    Dictionary<string, List<StoredPost>> ContentPosts(int channelId);

    /// <summary>The channel's stored posts with message ids (from exports).</summary>
    List<StoredPost> MessagePosts(int channelId);

    /// <summary>A stored post's text, to tell an edit of it from a different post.</summary>
    string? Text(long key);
}

/// <summary>What a stored post is to a file's post.</summary>
internal enum PostAction
{
    /// <summary>A post the store does not have: inserted under a new id.</summary>
    Insert,

    /// <summary>The stored post as it is, where it is.</summary>
    Keep,

    /// <summary>The stored post as it is, at another place in its file.</summary>
    Move,

    /// <summary>The stored post changed: rewritten under its id and key.</summary>
    Update,

    /// <summary>Not known until the file is read (a new post or an edit): see <see cref="PostReconciler.DecidePending"/>.</summary>
    Pending,
}

/// <summary>What one post of a file is to the store, as a <see cref="PostReconciler"/> decided.</summary>
/// <param name="Stored">The stored post the post is (Keep, Move, Update); null otherwise.</param>
/// <param name="SourceIndex">Where the post sits in its source file afterwards: the file's post's place, except for a post
/// another file brought (which keeps its place there).</param>
/// <param name="Occurrence">For a new post without message id, which occurrence of its content in the file it is.</param>
internal readonly record struct PostDecision(
    PostAction Action, PreparedPost Post, PostReconciler.ChannelState Channel, StoredPost? Stored, int SourceIndex, int Occurrence)
{
    /// <summary>
    /// The id a new post takes at the <paramref name="attempt"/>-th try: derived from its channel and message id, or from
    /// its channel, content and occurrence. The next try is for when an id is taken (an edited post kept it while its
    /// old content came back, or a true collision).
    /// </summary>
    public string IdFor(int attempt) => Post.Post.MessageId is { } messageId
        ? PostKeys.ForMessage(Channel.Key, messageId, attempt)
        : PostKeys.ForContent(Channel.Key, Post.ContentHash, Occurrence + attempt);
}

/// <summary>What the reconciler needs to know of a stored post to match a file's post against it.</summary>
internal sealed record StoredPost(long Key, string Id, string ContentHash, string Fingerprint, int SourceFileId, int SourceIndex, long? MessageId);
