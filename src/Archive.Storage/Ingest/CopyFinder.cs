using Archive.Storage.Copies;

namespace Archive.Storage.Ingest;

/// <summary>
/// Finds the copies of the posts an ingest writes, inside the file's transaction: each new (or rewritten) post's
/// signature is looked up in the run's <see cref="CopyIndex"/>, each candidate's stored signature compared with it, and
/// the pairs that pass are written. Only the signature is written for every post; the pairs are rare.
/// </summary>
internal sealed class CopyFinder
{
    private readonly HashSet<long> _candidates = [];

    // Built from the stored signatures when the run first needs it (nothing to read in an empty store), then kept in step
    // with the run's own writes. Dropped when a file rolls back or another connection commits.
    private CopyIndex? _index;

    /// <summary>Forgets the index; the next post with a signature builds it again from the store.</summary>
    public void Clear() => _index = null;

    /// <summary>
    /// Records the signature and the copies of the post with store key <paramref name="key"/>, which
    /// <paramref name="decision"/> has just inserted or rewritten; adds the ids of the other posts whose copies changed
    /// to <paramref name="touched"/> and returns how many copies the post has now.
    /// </summary>
    public int Find(PostWriter writer, in PostDecision decision, long key, ISet<string> touched)
    {
        var signature = decision.Post.CopySignature;
        switch (decision.Action)
        {
            case PostAction.Insert when signature is not null:
                break;
            case PostAction.Update when decision.Stored!.ContentHash != decision.Post.ContentHash:
                touched.UnionWith(writer.RemoveCopies(key));
                writer.SetSignature(key, signature);
                if (signature is null)
                {
                    return 0;
                }
                return Match(writer, key, signature, touched);
            default:
                return 0;
        }
        return Add(writer, key, signature, touched);
    }

    /// <summary>
    /// Stores <paramref name="signature"/> as the post <paramref name="key"/>'s and records its copies among the posts
    /// with signatures, as <see cref="Find"/> does for a new post (the backfill of older posts comes through here too);
    /// adds the ids of the other posts whose copies changed to <paramref name="touched"/> and returns how many it found.
    /// </summary>
    public int Add(PostWriter writer, long key, byte[] signature, ISet<string> touched)
    {
        writer.SetSignature(key, signature);
        return Match(writer, key, signature, touched);
    }

    private int Match(PostWriter writer, long key, byte[] signature, ISet<string> touched)
    {
        if (_index is null)
        {
            _index = new CopyIndex();
            writer.ReadSignatures(_index);
        }
        _candidates.Clear();
        _index.Add(key, signature, _candidates);
        var found = 0;
        foreach (var candidate in _candidates)
        {
            // A rewritten post meets its own earlier signature.
            if (candidate != key && writer.Signature(candidate) is { } stored && CopySignature.AreCopies(signature, stored.Signature))
            {
                writer.AddCopy(key, candidate);
                touched.Add(stored.Id);
                found++;
            }
        }
        return found;
    }
}
