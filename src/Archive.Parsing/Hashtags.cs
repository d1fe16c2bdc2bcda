namespace Archive.Parsing;

/// <summary>The one rule for comparing hashtags: filters, facets and the store all use it.</summary>
public static class Hashtags
{
    /// <summary>Lower-case, no leading '#', 'ё' folded to 'е': "#ДеньКосмонавтики" → "денькосмонавтики".</summary>
    public static string Normalize(string tag) =>
        tag.TrimStart('#').ToLowerInvariant().Replace('ё', 'е');
}
