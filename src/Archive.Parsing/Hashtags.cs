namespace Archive.Parsing;

/// <summary>The one rule for comparing hashtags: filters, facets and the store all use it.</summary>
public static class Hashtags
{
    /// <summary>Lower-case, no leading '#', 'ё' folded to 'е': "#ДеньКосмонавтики" → "денькосмонавтики".</summary>
    public static string Normalize(string tag)
    {
        var text = tag.AsSpan().TrimStart('#');
        // Every post's tags pass here, and ToLowerInvariant calls ICU for any non-ASCII letter: tags made of ASCII and
        // the Russian alphabet are lowered by hand (the same result); anything else takes the long way.
        foreach (var c in text)
        {
            if (!(c < 0x80 || c is >= 'А' and <= 'я' or 'Ё' or 'ё'))
            {
                return text.ToString().ToLowerInvariant().Replace('ё', 'е');
            }
        }
        return string.Create(text.Length, tag, static (lowered, source) =>
        {
            var text = source.AsSpan().TrimStart('#');
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                lowered[i] = c switch
                {
                    >= 'A' and <= 'Z' or >= 'А' and <= 'Я' => (char)(c + 32),
                    'Ё' or 'ё' => 'е',
                    _ => c,
                };
            }
        });
    }
}
