namespace Archive.Parsing.Tests.TelegramExports;

/// <summary>Where the hand-written export fixtures land in the test output.</summary>
internal static class ExportFixtures
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "TelegramExports", "Fixtures", .. parts]);

    public static ReadOnlySpan<byte> Head(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
    }

    /// <summary>A folder under the system temp folder, deleted with its files on dispose.</summary>
    public sealed class TempFolder : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("archive-exports-").FullName;

        public string File(string name) => System.IO.Path.Combine(Root, name);

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
