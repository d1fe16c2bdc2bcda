using Archive.Parsing;
using Archive.Storage.Ingest;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Archive.Storage.Tests.Ingest;

/// <summary>What the reconciler guarantees for any file, on posts held in memory.</summary>
public sealed class PostReconcilerProperties
{
    // Few texts, so that files repeat them; pairs of them alike enough to pass for edits of each other.
    private static readonly string[] Texts =
    [
        "the yalta conference opened today",
        "the yalta conference opened on february fourth",
        "minsk talks resumed in belarus",
        "minsk talks resumed",
        "weather in moscow",
        "",
    ];

    // A post: which text, how many likes (the same text with another count is an edit of its other fields), and
    // now and then a message id, as exports have.
    private static readonly Gen<(int Text, int Likes, int? MessageId)> Posts =
        from text in Gen.Choose(0, Texts.Length - 1)
        from likes in Gen.Elements(0, 0, 1, 2)
        from messageId in Gen.Frequency((3, Gen.Constant((int?)null)), (1, Gen.Choose(1, 6).Select(id => (int?)id)))
        select (text, likes, messageId);

    private static readonly Gen<ParsedPost[]> Files = Gen.ListOf(Posts).Select(ToFile);

    // An export has a message once: later posts with a message id already used in the file get none.
    private static ParsedPost[] ToFile(IEnumerable<(int Text, int Likes, int? MessageId)> posts)
    {
        var used = new HashSet<int>();
        return posts.Select((p, i) => PostReconcilerTests.Post(i, Texts[p.Text], p.Likes,
            p.MessageId is { } id && used.Add(id) ? id : null)).ToArray();
    }

    [Property(MaxTest = 300)]
    public Property Against_a_channel_without_posts_every_post_is_inserted_once_under_an_id_of_its_own() =>
        Prop.ForAll(Files.ToArbitrary(), file =>
        {
            var store = new StoredPostsInMemory();
            var outcome = store.Ingest(1, file);
            return outcome.All(o => o.Decision.Action == PostAction.Insert)
                && outcome.Count == file.Length
                && store.Rows.Count == file.Length
                && store.Rows.Select(r => r.Id).Distinct().Count() == file.Length;
        });

    [Property(MaxTest = 300)]
    public Property A_file_reconciled_again_after_its_first_ingest_keeps_every_post_as_it_is() =>
        Prop.ForAll(Files.ToArbitrary(), file =>
        {
            var store = new StoredPostsInMemory();
            var first = store.Ingest(1, file);
            var again = store.Ingest(1, file);
            return again.All(o => o.Decision.Action == PostAction.Keep)
                && again.Select(o => o.Key).SequenceEqual(first.Select(o => o.Key));
        });

    // Versions of two files of one channel, ingested in turn: whatever came before, each ingest maps every post of the
    // file to one stored post of its own, stored as the post is now, and leaves every other stored post as it was.
    private static readonly Gen<List<(int File, ParsedPost[] Posts)>> Histories =
        Gen.ListOf(from file in Gen.Choose(1, 2) from posts in Files select (file, posts)).Select(h => h.ToList());

    [Property(MaxTest = 300)]
    public Property Every_post_of_a_file_becomes_one_stored_post_of_its_own_and_no_stored_post_is_lost() =>
        Prop.ForAll(Histories.ToArbitrary(), history =>
        {
            var store = new StoredPostsInMemory();
            foreach (var (file, posts) in history)
            {
                var before = store.Rows.ToDictionary(r => r.Key);
                var outcome = store.Ingest(file, posts);
                var taken = outcome.Select(o => o.Key).ToHashSet();
                var inserted = outcome.Where(o => o.Decision.Action == PostAction.Insert).Select(o => o.Key).ToHashSet();
                var holds = outcome.Count == posts.Length
                    && taken.Count == posts.Length
                    && outcome.All(o => Holds(store[o.Key], o.Decision.Post, file))
                    && before.Keys.All(key => store.Rows.Any(r => r.Key == key))
                    && before.Values.Where(r => !taken.Contains(r.Key)).All(r => store[r.Key] == r)
                    && inserted.All(key => !before.ContainsKey(key))
                    && store.Rows.Count == before.Count + inserted.Count
                    && InsertsOnlyWhatTheChannelLacked(before.Values, file, posts, outcome);
                if (!holds)
                {
                    return false;
                }
            }
            return true;
        });

    // The stored post as the file's post is now; in its place when it belongs to this file (another file's keeps its own).
    private static bool Holds(StoredPostsInMemory.Row row, PreparedPost post, int file) =>
        row.ContentHash == post.ContentHash && row.Fingerprint == post.Fingerprint && row.MessageId == post.Post.MessageId
        && (row.SourceFileId != file || row.SourceIndex == post.Post.SourceIndex);

    // A text is inserted at most as many more times as the file has it beyond the channel's stored posts with it (an
    // empty text, beyond the file's own: posts without text are told apart only by their place); a message id, only
    // when no stored post has it.
    private static bool InsertsOnlyWhatTheChannelLacked(
        IEnumerable<StoredPostsInMemory.Row> before, int file, ParsedPost[] posts, List<(PostDecision Decision, long Key)> outcome)
    {
        var stored = before.ToList();
        var inserted = outcome.Where(o => o.Decision.Action == PostAction.Insert).Select(o => o.Decision.Post).ToList();
        foreach (var text in inserted.Where(p => p.Post.MessageId is null).GroupBy(p => p.ContentHash))
        {
            var inFile = posts.Count(p => p.MessageId is null && PreparedPost.Of(p).ContentHash == text.Key);
            var empty = text.First().Post.Text.Length == 0;
            var inStore = stored.Count(r => r.MessageId is null && r.ContentHash == text.Key && (!empty || r.SourceFileId == file));
            if (text.Count() > Math.Max(0, inFile - inStore))
            {
                return false;
            }
        }
        return inserted.All(p => p.Post.MessageId is not { } id || stored.All(r => r.MessageId != id));
    }

    // Files of different texts, each text kept or changed by a word (an edit) or by its likes.
    private static readonly Gen<(ParsedPost[] File, int Edited, bool TextEdited)> Edits =
        from count in Gen.Choose(1, 8)
        from edited in Gen.Choose(0, count - 1)
        from textEdited in Gen.Elements(true, false)
        select (Enumerable.Range(0, count).Select(i => PostReconcilerTests.Post(i, $"post number {i} of the channel")).ToArray(), edited, textEdited);

    [Property(MaxTest = 200)]
    public Property An_edited_post_is_updated_under_its_id_and_the_others_kept() =>
        Prop.ForAll(Edits.ToArbitrary(), e =>
        {
            var store = new StoredPostsInMemory();
            var first = store.Ingest(1, e.File);
            var post = e.File[e.Edited];
            var edit = e.TextEdited ? post with { Text = post.Text + " edited" } : post with { Reactions = [new("👍", 3)] };
            var second = store.Ingest(1, e.File.Select((p, i) => i == e.Edited ? edit : p));
            return second.Count == e.File.Length
                && second.Select(o => o.Key).Order().SequenceEqual(first.Select(o => o.Key).Order())
                && second.All(o => o.Decision.Action == (o.Key == first[e.Edited].Key ? PostAction.Update : PostAction.Keep))
                && store[first[e.Edited].Key].Id == store.Rows.Single(r => r.Fingerprint == PreparedPost.Of(edit).Fingerprint).Id;
        });

    [Property(MaxTest = 300)]
    public Property Reordering_a_file_inserts_nothing_and_puts_every_stored_post_at_its_new_place() =>
        Prop.ForAll(Files.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (file, seed) =>
        {
            var store = new StoredPostsInMemory();
            var first = store.Ingest(1, file);
            var shuffled = file.ToArray();
            new Random(seed).Shuffle(shuffled);
            var second = store.Ingest(1, shuffled.Select((p, i) => p with { SourceIndex = i }));
            return second.All(o => o.Decision.Action is PostAction.Keep or PostAction.Move or PostAction.Update)
                && second.Select(o => o.Key).Order().SequenceEqual(first.Select(o => o.Key).Order())
                && second.All(o => store[o.Key].SourceIndex == o.Decision.Post.Post.SourceIndex);
        });

    [Property(MaxTest = 300)]
    public Property Posts_appended_to_a_file_are_inserted_and_the_ones_before_them_kept() =>
        Prop.ForAll(Files.ToArbitrary(), Files.ToArbitrary(), (file, appended) =>
        {
            var store = new StoredPostsInMemory();
            var first = store.Ingest(1, file);
            // Message ids of the appended posts are new to the file.
            var longer = file.Concat(appended.Select((p, i) => p with { SourceIndex = file.Length + i, MessageId = p.MessageId + 100 })).ToArray();
            var second = store.Ingest(1, longer);
            return second.Take(file.Length).Select(o => (o.Decision.Action, o.Key)).SequenceEqual(first.Select(o => (PostAction.Keep, o.Key)))
                && second.Skip(file.Length).All(o => o.Decision.Action == PostAction.Insert)
                && store.Rows.Count == longer.Length;
        });
}
