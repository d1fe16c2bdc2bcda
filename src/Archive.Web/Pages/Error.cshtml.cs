using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>The site's own error page for missing pages and unexpected failures; never shows exception details.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        Code = code ?? (failed ? StatusCodes.Status500InternalServerError : Response.StatusCode);
        if (Code < 400)
        {
            Code = StatusCodes.Status404NotFound;
        }
        Response.StatusCode = Code;
        RequestId = HttpContext.TraceIdentifier;
    }
}
