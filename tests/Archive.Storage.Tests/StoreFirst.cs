using System.Runtime.CompilerServices;

namespace Archive.Storage.Tests;

/// <summary>Opens nothing, but makes SQLite take the store's process-wide settings before any test opens a connection.</summary>
internal static class StoreFirst
{
    // As in the app, where every connection comes through ArchiveStore: SQLite takes its settings only before it
    // initializes, and some tests open an in-memory connection of their own, in whatever order the runner picks.
    [ModuleInitializer]
    internal static void ApplySqliteSettings() => RuntimeHelpers.RunClassConstructor(typeof(ArchiveStore).TypeHandle);
}
