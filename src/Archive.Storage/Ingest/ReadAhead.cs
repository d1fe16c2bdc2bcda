using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using Archive.Parsing;
using Archive.Storage.Copies;

namespace Archive.Storage.Ingest;

/// <summary>
/// A parsed post with the two hashes the ingest matches it by, its text in UTF-8 as the store takes it, and its copy
/// signature (null when the text is too short to have one).
/// </summary>
internal sealed record PreparedPost(ParsedPost Post, string ContentHash, string Fingerprint, byte[] TextUtf8, byte[]? CopySignature)
{
    /// <summary>
    /// Hashes and encodes <paramref name="post"/>, whose copy signature its batch gave it: on the reading thread, so
    /// that the writer only binds the bytes.
    /// </summary>
    public static PreparedPost Of(ParsedPost post, byte[]? copySignature = null)
    {
        var utf8 = Encoding.UTF8.GetBytes(post.Text);
        var (contentHash, fingerprint) = PostKeys.Hashes(post, utf8);
        return new PreparedPost(post, contentHash, fingerprint, utf8, copySignature);
    }
}

/// <summary>
/// One dump file read on a second thread while the caller writes: first the file's content hash, then its posts parsed
/// and hashed, in file order. Parsing and SQLite each take a large share of an ingest, and the machine has two cores.
/// A read can start after the previous file's read has finished, so the parser goes on to the next file while the writer
/// is still busy with this one; each read holds a few batches at most, so memory stays bounded whatever the file's size.
/// An error of the parser (a bad file) is thrown to the caller as it was thrown, at the place in the stream where it happened.
/// </summary>
internal sealed class ReadAhead : IDisposable
{
    // Small batches keep the hand-over cheap; few of them in flight keep memory bounded. A batch is also what a post's
    // copy signature leaves boilerplate out by (CopySignature.Of), so the copies' backfill reads its posts in the same ones.
    internal const int BatchSize = 64;
    private const int BatchesInFlight = 8;

    private readonly CancellationTokenSource _stop;
    private readonly BlockingCollection<PreparedPost[]> _queue = new(BatchesInFlight);
    private readonly TaskCompletionSource<string> _hash = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _format = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _reading;
    private ExceptionDispatchInfo? _failure;

    private ReadAhead(string path, CancellationToken ct)
    {
        Path = path;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _reading = Task.CompletedTask;
    }

    /// <summary>
    /// Starts reading <paramref name="path"/> once <paramref name="after"/> (the previous file's read) has finished.
    /// Parsing begins at once when <paramref name="parseAhead"/> says so for the file's hash, else when the writer asks.
    /// </summary>
    public static ReadAhead Start(string path, DumpReader reader, ParseOptions options, Task? after, Func<string, bool> parseAhead, CancellationToken ct)
    {
        var read = new ReadAhead(path, ct);
        read._reading = Task.Run(() => read.ReadAsync(reader, options, after, parseAhead), CancellationToken.None);
        return read;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>SHA-256 (hex) of the file's bytes; faults with the I/O error when the file cannot be read.</summary>
    public Task<string> ContentHash => _hash.Task;

    /// <summary>Done when this read has nothing more to do: the next file's read may start.</summary>
    public Task Completion => _reading;

    /// <summary>Asks for the posts (when the read did not parse ahead) and returns the file's format; throws what opening the file threw.</summary>
    public Task<string> OpenAsync()
    {
        _asked.TrySetResult();
        return _format.Task;
    }

    /// <summary>The file's posts, in order, as the second thread prepares them; enumerate once, after <see cref="OpenAsync"/>.</summary>
    public IEnumerable<PreparedPost> Posts()
    {
        foreach (var batch in _queue.GetConsumingEnumerable(CancellationToken.None))
        {
            foreach (var post in batch)
            {
                yield return post;
            }
        }
        _reading.Wait(CancellationToken.None);
        _failure?.Throw();
        _stop.Token.ThrowIfCancellationRequested();
    }

    private async Task ReadAsync(DumpReader reader, ParseOptions options, Task? after, Func<string, bool> parseAhead)
    {
        try
        {
            if (after is not null)
            {
                await after.WaitAsync(_stop.Token);
            }
            string hash;
            try
            {
                hash = await HashFileAsync(Path, _stop.Token);
            }
            catch (Exception e)
            {
                _hash.TrySetException(e);
                return;
            }
            _hash.TrySetResult(hash);
            if (!parseAhead(hash))
            {
                await _asked.Task.WaitAsync(_stop.Token);
            }

            DumpContents contents;
            try
            {
                contents = reader.Open(Path, options);
            }
            catch (Exception e)
            {
                _format.TrySetException(e);
                return;
            }
            _format.TrySetResult(contents.Format);
            var batch = new List<ParsedPost>(BatchSize);
            foreach (var post in contents.Posts)
            {
                _stop.Token.ThrowIfCancellationRequested();
                batch.Add(post);
                if (batch.Count == BatchSize)
                {
                    _queue.Add(Prepare(batch), _stop.Token);
                    batch.Clear();
                }
            }
            if (batch.Count > 0)
            {
                _queue.Add(Prepare(batch), _stop.Token);
            }
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _hash.TrySetCanceled();
            _format.TrySetCanceled();
            _queue.CompleteAdding();
        }
    }

    // A batch's posts together: the copy signatures leave out the lines several of them share (a channel's footer).
    private static PreparedPost[] Prepare(List<ParsedPost> batch)
    {
        var signatures = CopySignature.Of(batch.ConvertAll(p => p.Text));
        var prepared = new PreparedPost[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            prepared[i] = PreparedPost.Of(batch[i], signatures[i]);
        }
        return prepared;
    }

    private static async Task<string> HashFileAsync(string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }

    /// <summary>Stops the read if it is still going (the writer stopped early, or skipped the file) and lets go of the file before returning.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _reading.Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
            // The read catches its own errors; nothing of it matters once the writer has let go.
        }
        _queue.Dispose();
        _stop.Dispose();
    }
}
