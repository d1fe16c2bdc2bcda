namespace Archive.Parsing.Text;

/// <summary>Tells English, Russian and mixed posts apart by counting Latin and Cyrillic letters.</summary>
public static class LanguageDetector
{
    /// <summary>A script needs this share of the letters before a post counts as written in both.</summary>
    private const double MixedShare = 0.2;

    /// <summary>"ru" when Cyrillic letters dominate, "en" otherwise, "mixed" when each script has a fair share.</summary>
    public static string Detect(string text)
    {
        var (latin, cyrillic) = CountLetters(text);
        var total = latin + cyrillic;
        if (total == 0)
        {
            // Nothing to go by (emoji only, numbers): English is the archive's default language.
            return Languages.English;
        }

        var minority = Math.Min(latin, cyrillic);
        if (minority >= total * MixedShare)
        {
            return Languages.Mixed;
        }

        return cyrillic > latin ? Languages.Russian : Languages.English;
    }

    private static (int Latin, int Cyrillic) CountLetters(string text)
    {
        int latin = 0, cyrillic = 0;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // A link's letters say nothing about the language the post is written in.
            if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var c in word)
            {
                if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
                {
                    latin++;
                }
                else if (c is (>= '\u0400' and <= '\u04FF'))
                {
                    cyrillic++;
                }
            }
        }

        return (latin, cyrillic);
    }
}
