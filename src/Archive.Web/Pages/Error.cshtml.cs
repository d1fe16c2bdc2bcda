using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>The site's own error page for missing pages and unexpected failures; never shows exception details.</summary>
/// <remarks>
/// It has no handler methods: it is run again under the method of the request that failed (TRACE, DELETE, ...), and a
/// page without a handler for a method is rendered without running one; the code is read before any handler would run.
/// </remarks>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string? RequestId { get; private set; }

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        var code = RouteData.Values["code"] is string given && int.TryParse(given, out var parsed) ? parsed
            : failed ? StatusCodes.Status500InternalServerError
            : Response.StatusCode;
        // Only error codes: the route takes 400–599, and a re-executed answer is one of those too.
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        RequestId = HttpContext.TraceIdentifier;
    }
}
