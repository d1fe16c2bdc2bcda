using Archive.Parsing;
using Archive.Storage.Ingest;

namespace Archive.Storage.Tests.Ingest;

/// <summary>The reconciler's rules, one case each, on posts held in memory.</summary>
public sealed class PostReconcilerTests
{
    [Fact]
    public void A_post_that_matches_nothing_is_new_at_once_in_a_new_file_and_waits_for_the_pairing_in_a_file_seen_before()
    {
        var store = new StoredPostsInMemory();
        store.Ingest(1, File("Alpha post about Minsk talks"));

        var newFile = store.Reconciler(2);
        var inNewFile = newFile.Decide(PreparedPost.Of(Post(0, "Another post entirely")), store.Channel(newFile, "mfa"));
        var seenFile = store.Reconciler(1);
        var inSeenFile = seenFile.Decide(PreparedPost.Of(Post(0, "Another post entirely")), store.Channel(seenFile, "mfa"));

        Assert.Equal(PostAction.Insert, inNewFile.Action);
        Assert.Equal(PostAction.Pending, inSeenFile.Action);
        Assert.Equal([PostAction.Insert], seenFile.DecidePending().Select(d => d.Action));
    }

    [Fact]
    public void An_edit_next_to_an_inserted_post_is_paired_by_its_neighbours_and_keeps_its_id()
    {
        var store = new StoredPostsInMemory();
        var first = store.Ingest(1, File("Alpha post about Minsk talks", "Beta post about the Yalta Conference in Crimea", "Gamma closing post"));

        // A new post comes first, so the edited Beta moves from index 1 to 2, where a plain index match would miss it.
        var second = store.Ingest(1, File("A brand new opening post", "Alpha post about Minsk talks", "Beta post about the Yalta Conference in Crimea, 1945",
            "Gamma closing post"));

        Assert.Equal([PostAction.Move, PostAction.Move, PostAction.Insert, PostAction.Update], second.Select(o => o.Decision.Action));
        var edit = second.Single(o => o.Decision.Action == PostAction.Update);
        Assert.Equal(first[1].Key, edit.Key);
        Assert.Equal(2, store[edit.Key].SourceIndex);
        Assert.Equal("Beta post about the Yalta Conference in Crimea, 1945", store[edit.Key].Text);
    }

    [Fact]
    public void A_different_text_in_the_place_of_a_missing_post_is_new_and_the_missing_post_is_kept()
    {
        var store = new StoredPostsInMemory();
        var first = store.Ingest(1, File("Stays", "Completely unrelated words here"));

        var second = store.Ingest(1, File("Stays", "Nothing alike whatsoever in this one"));

        Assert.Equal([PostAction.Keep, PostAction.Insert], second.Select(o => o.Decision.Action));
        Assert.Equal(3, store.Rows.Count);
        Assert.Equal("Completely unrelated words here", store[first[1].Key].Text);
    }

    [Fact]
    public void An_edit_is_found_among_several_left_over_posts_at_one_place()
    {
        var store = new StoredPostsInMemory();
        store.Ingest(1, File("Post one about the Minsk talks", "Post two about the Yalta Conference", "Post three about the weather"));
        // One falls out and is kept at index 0, where two moves.
        var second = store.Ingest(1, File("Post two about the Yalta Conference", "Post three about the weather", "Post four about the harvest"));

        var third = store.Ingest(1, File("Post two about the Yalta Conference in Crimea", "Post three about the weather", "Post four about the harvest",
            "Post five about the elections"));

        Assert.Equal([PostAction.Keep, PostAction.Keep, PostAction.Update, PostAction.Insert], third.Select(o => o.Decision.Action));
        Assert.Equal(second[0].Key, third[2].Key);
        Assert.Equal(5, store.Rows.Count);
    }

    [Fact]
    public void Unchanged_posts_at_other_places_of_their_file_are_moved()
    {
        var store = new StoredPostsInMemory();
        var first = store.Ingest(1, File("One post", "Another post"));

        var second = store.Ingest(1, File("Another post", "One post"));

        Assert.Equal([(PostAction.Move, first[1].Key, 0), (PostAction.Move, first[0].Key, 1)],
            second.Select(o => (o.Decision.Action, o.Key, store[o.Key].SourceIndex)));
    }

    [Fact]
    public void A_post_another_file_brought_is_updated_where_it_is_when_a_later_file_has_it_changed()
    {
        var store = new StoredPostsInMemory();
        var first = store.Ingest(1, File("First", "A post with reactions"));

        var second = store.Ingest(2, [Post(0, "Only in the second file"), Post(1, "A post with reactions", likes: 5)]);

        Assert.Equal([PostAction.Insert, PostAction.Update], second.Select(o => o.Decision.Action));
        var updated = store[second[1].Key];
        Assert.Equal((first[1].Key, 1, 1), (updated.Key, updated.SourceFileId, updated.SourceIndex));
        Assert.Equal(PreparedPost.Of(Post(1, "A post with reactions", likes: 5)).Fingerprint, updated.Fingerprint);
    }

    [Fact]
    public void A_post_another_file_brought_unchanged_is_kept_there()
    {
        var store = new StoredPostsInMemory();
        var first = store.Ingest(1, File("First", "Shared post"));

        var second = store.Ingest(2, File("Shared post"));

        Assert.Equal([(PostAction.Keep, first[1].Key)], second.Select(o => (o.Decision.Action, o.Key)));
        Assert.Equal((1, 1), (store[first[1].Key].SourceFileId, store[first[1].Key].SourceIndex));
    }

    [Fact]
    public void Copies_of_one_text_in_a_file_are_posts_of_their_own_with_ids_by_occurrence()
    {
        var store = new StoredPostsInMemory();

        var first = store.Ingest(1, File("Repeated", "Middle", "Repeated"));
        var second = store.Ingest(1, File("Repeated", "Middle", "Repeated", "Repeated"));

        var hash = PostKeys.ContentHash("Repeated");
        Assert.Equal([PostKeys.ForContent("mfa", hash, 0), PostKeys.ForContent("mfa", hash, 1)],
            first.Where(o => store[o.Key].Text == "Repeated").Select(o => store[o.Key].Id));
        Assert.Equal([PostAction.Keep, PostAction.Keep, PostAction.Keep, PostAction.Insert], second.Select(o => o.Decision.Action));
        Assert.Equal(PostKeys.ForContent("mfa", hash, 2), store[second[3].Key].Id);
    }

    [Fact]
    public void A_new_post_whose_id_an_edited_post_kept_takes_the_next_one()
    {
        var store = new StoredPostsInMemory();
        var first = store.Ingest(1, File("The original words of the post"));
        store.Ingest(1, File("The original words of the post, edited"));

        // The original text comes back beside its edit: its first id is the edited post's.
        var third = store.Ingest(1, File("The original words of the post, edited", "The original words of the post"));

        Assert.Equal([PostAction.Keep, PostAction.Insert], third.Select(o => o.Decision.Action));
        var hash = PostKeys.ContentHash("The original words of the post");
        Assert.Equal(PostKeys.ForContent("mfa", hash, 0), store[first[0].Key].Id);
        Assert.Equal(PostKeys.ForContent("mfa", hash, 1), store[third[1].Key].Id);
    }

    [Fact]
    public void An_export_message_is_the_stored_post_with_its_message_id_whatever_its_text_became()
    {
        var store = new StoredPostsInMemory();
        var first = store.Ingest(1, [Post(0, "First", messageId: 1), Post(1, "Second version one", messageId: 2)]);

        var second = store.Ingest(1, [Post(0, "First", messageId: 1), Post(1, "Completely rewritten", messageId: 2), Post(2, "Third", messageId: 3)]);

        Assert.Equal([(PostAction.Keep, first[0].Key), (PostAction.Update, first[1].Key)], second.Take(2).Select(o => (o.Decision.Action, o.Key)));
        Assert.Equal(PostAction.Insert, second[2].Decision.Action);
        Assert.Equal(PostKeys.ForMessage("mfa", 3), store[second[2].Key].Id);
    }

    [Fact]
    public void An_export_message_is_not_matched_by_content_nor_a_plain_post_by_message_id()
    {
        var store = new StoredPostsInMemory();
        store.Ingest(1, [Post(0, "The same words")]);

        var second = store.Ingest(2, [Post(0, "The same words", messageId: 7)]);

        Assert.Equal([PostAction.Insert], second.Select(o => o.Decision.Action));
        Assert.Equal(2, store.Rows.Count);
    }

    internal static ParsedPost Post(int index, string text, int likes = 0, long? messageId = null) => new()
    {
        SourceIndex = index,
        Text = text,
        Language = Languages.English,
        Reactions = likes == 0 ? [] : [new("👍", likes)],
        MessageId = messageId,
    };

    internal static ParsedPost[] File(params string[] texts) => texts.Select((text, i) => Post(i, text)).ToArray();
}
