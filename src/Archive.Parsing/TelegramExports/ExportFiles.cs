using System.Globalization;

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

/// <summary>The size limit of <see cref="ParseOptions"/> as exports apply it: to a message's text.</summary>
internal static class ExportLimits
{
    public static void CheckPostSize(string path, ParsedPost post, ParseOptions options)
    {
        if (post.Text.Length > options.MaxPostChars)
        {
            throw new InvalidDumpException(string.Create(
                CultureInfo.InvariantCulture,
                $"{Path.GetFileName(path)}: message {post.MessageId} is {post.Text.Length:N0} characters long, over the limit of {options.MaxPostChars:N0} (Archive:MaxPostChars)"));
        }
    }
}
