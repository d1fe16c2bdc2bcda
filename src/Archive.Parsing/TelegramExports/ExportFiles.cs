namespace Archive.Parsing.TelegramExports;

/// <summary>Opening export files with errors the user can act on.</summary>
internal static class ExportFiles
{
    public static FileStream OpenRead(string path)
    {
        try
        {
            // The JSON scanner keeps its own buffer, so the stream's would only copy bytes twice.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDumpException($"{path}: cannot be read: {ex.Message}", ex);
        }
    }
}
