using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Archive.Parsing;

namespace Archive.Storage.Ingest;

/// <summary>A parsed post with the two hashes the ingest matches it by.</summary>
internal sealed record PreparedPost(ParsedPost Post, string ContentHash, string Fingerprint);

/// <summary>
/// Parses and hashes a file's posts on a second thread while the caller writes them: parsing and SQLite each take
/// about half of an ingest, and the machine has two cores. Posts come out in file order; an error of the parser
/// (a bad file) is thrown to the caller as it was thrown, at the place in the stream where it happened.
/// </summary>
internal static class PreparedPosts
{
    // Small batches keep the hand-over cheap; few of them in flight keep memory bounded whatever the file's size.
    private const int BatchSize = 64;
    private const int BatchesInFlight = 8;

    public static IEnumerable<PreparedPost> Read(IEnumerable<ParsedPost> posts, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var queue = new BlockingCollection<PreparedPost[]>(BatchesInFlight);
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Run(() =>
        {
            try
            {
                var batch = new List<PreparedPost>(BatchSize);
                foreach (var post in posts)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    batch.Add(new PreparedPost(post, PostKeys.ContentHash(post.Text), PostKeys.Fingerprint(post)));
                    if (batch.Count == BatchSize)
                    {
                        queue.Add([.. batch], stop.Token);
                        batch.Clear();
                    }
                }
                if (batch.Count > 0)
                {
                    queue.Add([.. batch], stop.Token);
                }
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, CancellationToken.None);

        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(CancellationToken.None))
            {
                foreach (var post in batch)
                {
                    yield return post;
                }
            }
            producer.Wait(CancellationToken.None);
            failure?.Throw();
            ct.ThrowIfCancellationRequested();
        }
        finally
        {
            // The caller stopped early (its own error, or cancellation): stop the parser and let go of the file before returning.
            if (!producer.IsCompleted)
            {
                stop.Cancel();
                while (!producer.IsCompleted)
                {
                    queue.TryTake(out _, 10);
                }
            }
        }
    }
}
