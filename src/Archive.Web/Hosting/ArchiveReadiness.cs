namespace Archive.Web.Hosting;

/// <summary>Set once start-up has migrated the store and opened the index; /readyz reports it.</summary>
public sealed class ArchiveReadiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}
