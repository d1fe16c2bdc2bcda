using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace Archive.Search.Indexing;

/// <summary>Index locks that hold across processes: the lock file is kept open with no sharing while the lock is held.</summary>
/// <remarks>
/// Lucene.Net's default (<see cref="NativeFSLockFactory"/>) did not keep a second process out on Linux: a <c>reindex</c> run
/// beside a serving app took the writer too, and the two writers deleted each other's files. An open <see cref="FileStream"/>
/// with <see cref="FileShare.None"/> is an exclusive <c>flock</c> on Linux and a sharing lock on Windows; the OS drops it when
/// the process dies, so a killed process leaves no stale lock behind (the file may stay; it does not lock anything by itself).
/// </remarks>
internal sealed class FileShareLockFactory(string folder) : LockFactory
{
    public override Lock MakeLock(string lockName) =>
        new FileShareLock(Path.Combine(folder, LockPrefix is { Length: > 0 } prefix ? $"{prefix}-{lockName}" : lockName));

    // Deleting a lock file another process may hold open would let a third one lock a new file of the same name.
    public override void ClearLock(string lockName)
    {
    }

    private sealed class FileShareLock(string path) : Lock
    {
        private FileStream? _held;

        public override bool Obtain()
        {
            if (_held is not null)
            {
                return false;
            }
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            _held = TryOpen(path);
            return _held is not null;
        }

        public override bool IsLocked()
        {
            if (_held is not null)
            {
                return true;
            }
            using var probe = TryOpen(path);
            return probe is null;
        }

        // Null when another holder has the file open.
        private static FileStream? TryOpen(string path)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return null;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _held?.Dispose();
                _held = null;
            }
        }

        public override string ToString() => $"{nameof(FileShareLock)}: {path}";
    }
}
