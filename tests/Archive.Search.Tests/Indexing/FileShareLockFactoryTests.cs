using Archive.Search.Indexing;

namespace Archive.Search.Tests.Indexing;

public sealed class FileShareLockFactoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-locks-").FullName;

    [Fact]
    public void A_held_lock_keeps_out_a_second_holder_until_it_is_released()
    {
        using var first = new FileShareLockFactory(_folder).MakeLock("write.lock");
        using var second = new FileShareLockFactory(_folder).MakeLock("write.lock");

        Assert.True(first.Obtain());
        Assert.True(second.IsLocked());
        Assert.False(second.Obtain());

        first.Dispose();
        Assert.False(second.IsLocked());
        Assert.True(second.Obtain());
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
