namespace Archive.Parsing;

/// <summary>Options every dump reader honours; bound from configuration ("Archive:Parsing").</summary>
public sealed record ParseOptions
{
    /// <summary>How to read an ambiguous numeric date such as "09/02/20".</summary>
    public DateOrder DateOrder { get; init; } = DateOrder.DayMonthYear;

    /// <summary>A longer line makes the file rejected rather than read into memory whole.</summary>
    public int MaxLineLength { get; init; } = 1 << 20;
}

public enum DateOrder
{
    DayMonthYear,
    MonthDayYear,
}

/// <summary>A file that cannot be read as a dump; the message names what was wrong, for the user.</summary>
public sealed class InvalidDumpException(string message, Exception? inner = null) : Exception(message, inner);
