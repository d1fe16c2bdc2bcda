using System.Text;

namespace Archive.Storage.Export;

/// <summary>
/// CSV that opens as it should in a spreadsheet in any locale: UTF-8 with a byte order mark (without it Excel reads
/// the bytes in the system's code page), comma-separated, RFC 4180 quoting, CRLF between rows. One writer for the
/// export verb and the search downloads.
/// </summary>
public sealed class CsvWriter : IAsyncDisposable
{
    private readonly StreamWriter _writer;
    private bool _started;

    public CsvWriter(Stream output) =>
        // The mark is written by hand: a StreamWriter writes its encoding's preamble only at a seekable stream's start.
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);

    /// <summary>Writes one row: each value in its cell, quoted when it holds a comma, a quote or a line break; null is an empty cell.</summary>
    public async Task WriteRowAsync(IEnumerable<string?> values, CancellationToken ct = default)
    {
        var line = new StringBuilder(_started ? 256 : 257);
        if (!_started)
        {
            line.Append('\uFEFF');
            _started = true;
        }
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                line.Append(',');
            }
            first = false;
            AppendQuoted(line, value ?? "");
        }
        line.Append("\r\n");
        await _writer.WriteAsync(line, ct);
    }

    /// <summary>Sends what is written so far on to the stream (a download's reader sees rows as they come).</summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        await _writer.FlushAsync(ct);
    }

    /// <summary>RFC 4180: a value holding a comma, a quote or a line break is put in quotes, its quotes doubled.</summary>
    public static string Quote(string value) => AppendQuoted(new StringBuilder(value.Length + 2), value).ToString();

    private static StringBuilder AppendQuoted(StringBuilder line, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return line.Append(value);
        }
        return line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    public async ValueTask DisposeAsync() => await _writer.DisposeAsync();
}
