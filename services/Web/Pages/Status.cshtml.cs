using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NatoAspire.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>In English: the keys of the page's resources, which the page shows in the visitor's language.</summary>
    public (string Title, string Text) Description => Code switch
    {
        400 => ("The request could not be read", "Please go back and try again."),
        401 or 403 => ("You cannot open this page", "Log in with a verified account to continue."),
        404 => ("Page not found", "The page or video you are looking for does not exist."),
        405 => ("The request could not be read", "Please go back and try again."),
        429 => ("Too many requests", "Please wait a moment and try again."),
        >= 500 => ("Sorry, something went wrong", "Please try again in a few minutes."),
        _ => ("The request could not be completed", "Please go back and try again."),
    };

    public void OnGet(int code) => Describe(code);
    public void OnPost(int code) => Describe(code);

    void Describe(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        // Reached directly (not re-executed), the page should still carry the status it describes.
        Response.StatusCode = Code;
    }
}
