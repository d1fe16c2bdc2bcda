namespace Archive.Benchmarks.Corpus;

/// <summary>Dates written the ways the sample dumps write them, in English and Russian.</summary>
public static class DatePhrases
{
    /// <summary>"March 16, 2022".</summary>
    public static string EnMonthDayYear(DateOnly d) => $"{Vocabulary.EnMonths[d.Month - 1]} {d.Day}, {d.Year}";

    /// <summary>"1 December 2022".</summary>
    public static string EnDayMonthYear(DateOnly d) => $"{d.Day} {Vocabulary.EnMonths[d.Month - 1]} {d.Year}";

    /// <summary>"February 15" (no year: it comes from neighbouring posts).</summary>
    public static string EnMonthDay(DateOnly d) => $"{Vocabulary.EnMonths[d.Month - 1]} {d.Day}";

    /// <summary>"16 марта 2022 года".</summary>
    public static string RuDayMonthYear(DateOnly d) => $"{d.Day} {Vocabulary.RuMonths[d.Month - 1]} {d.Year} года";

    /// <summary>"4 апреля".</summary>
    public static string RuDayMonth(DateOnly d) => $"{d.Day} {Vocabulary.RuMonths[d.Month - 1]}";

    /// <summary>"80" as keycap emoji, as one sample writes an anniversary: "8️⃣0️⃣".</summary>
    public static string Keycaps(int n) => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => $"{c}\uFE0F\u20E3"));

    /// <summary>The article heading: "09/02/20" (day/month/year, the default reading).</summary>
    public static string ArticleHeading(DateOnly d) => $"{d.Day:00}/{d.Month:00}/{d.Year % 100:00}";
}
