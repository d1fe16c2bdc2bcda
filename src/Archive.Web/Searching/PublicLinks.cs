using Archive.Web.Hosting;

namespace Archive.Web.Searching;

/// <summary>
/// Absolute links for documents read away from the site (API, feeds, OpenSearch, a post's permalink): from
/// <see cref="ArchiveOptions.PublicUrl"/> when it is set, since a request's Host and X-Forwarded-Proto are whatever the
/// client sent; otherwise from the request, with its scheme held to http or https (its host has passed AllowedHosts).
/// </summary>
public sealed class PublicLinks(ArchiveOptions options)
{
    private readonly string? _publicUrl = options.PublicUrl?.TrimEnd('/');

    /// <summary>"https://host/base/path" for a path that starts with the request's PathBase (as <see cref="SiteLinks"/> makes them).</summary>
    public string Absolute(HttpRequest request, string pathWithBase)
    {
        if (_publicUrl is not null)
        {
            // The public URL names the base path itself; the one the request came in under is not repeated.
            var path = request.PathBase.HasValue && pathWithBase.StartsWith(request.PathBase.Value!, StringComparison.Ordinal)
                ? pathWithBase[request.PathBase.Value!.Length..]
                : pathWithBase;
            return _publicUrl + path;
        }
        var scheme = string.Equals(request.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase) ? Uri.UriSchemeHttps : Uri.UriSchemeHttp;
        return $"{scheme}://{request.Host.ToUriComponent()}{pathWithBase}";
    }
}
