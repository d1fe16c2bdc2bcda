namespace Archive.Parsing;

/// <summary>Options every dump reader honours; the app makes them from its settings (Archive:DateOrder, Archive:MaxPostChars, Archive:MaxFileBytes).</summary>
public sealed record ParseOptions
{
    /// <summary>How to read an ambiguous numeric date such as "09/02/20".</summary>
    public DateOrder DateOrder { get; init; } = DateOrder.DayMonthYear;

    /// <summary>A longer line makes the file rejected rather than read into memory whole.</summary>
    public int MaxLineLength { get; init; } = 1 << 20;

    /// <summary>
    /// A longer post (in characters, both renderings of a channel dump counted) makes its file rejected. Telegram caps a message at
    /// 4,096 characters, so a real post, shown twice, stays under 10 K: a megabyte is room for a hundred of them and still a
    /// bound on what one post may cost to parse and hold.
    /// </summary>
    public long MaxPostChars { get; init; } = 1 << 20;

    /// <summary>
    /// A larger file (in bytes) is rejected before it is read. The readers stream, so this bounds time, not memory: a full
    /// account export with years of chats runs to hundreds of megabytes, a gigabyte is past anything real and still parsed
    /// in about a minute.
    /// </summary>
    public long MaxFileBytes { get; init; } = 1L << 30;
}

public enum DateOrder
{
    DayMonthYear,
    MonthDayYear,
}

/// <summary>A file that cannot be read as a dump; the message names what was wrong, for the user.</summary>
public sealed class InvalidDumpException(string message, Exception? inner = null) : Exception(message, inner);
