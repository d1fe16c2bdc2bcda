namespace Archive.Storage.Posts;

/// <summary>A post's permanent address: the site's base URL, then /posts/{id}; just the path when no base is known.</summary>
public static class PostPermalink
{
    /// <param name="siteBase">"https://archive.example/archive", a path base ("/archive"), or null or "" for the site's root.</param>
    public static string Of(string? siteBase, string id) => $"{siteBase?.TrimEnd('/')}/posts/{Uri.EscapeDataString(id)}";
}
