using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account.Security;

public sealed class EmailModel(IdentityApi identity, PortalSession session) : SignedInPageModel(session)
{
    public const string Path = "/account/email";

    /// <summary>The address the code went to, for the code page to name; in the encrypted temp-data cookie, not in a URL.</summary>
    public const string PendingKey = "PendingNewEmail";

    [BindProperty] public string? NewEmail { get; set; }
    [BindProperty] public string? Password { get; set; }

    public void OnGet() => ShowNotice();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await AccessTokenAsync() is not { } accessToken) return await StartAgainAsync();
        var result = await identity.ChangeEmailAsync(accessToken, NewEmail?.Trim() ?? "", Password ?? "", cancellationToken);
        if (result.Succeeded)
        {
            TempData[PendingKey] = NewEmail?.Trim();
            CodeSentNotice.Remember(TempData, result.Value.CodeExpiresInSeconds);
            return Redirect(EmailCodeModel.Path);
        }
        if (EndsSession(result.Problem)) return await StartAgainAsync();

        Show(result.Problem);
        if (result.Problem.Is(ProblemCodes.InvalidCredentials))
        {
            ModelState.AddModelError(nameof(Password), T["The password is wrong."]);
            ErrorMessage = T["Please correct the highlighted fields."];
        }
        return Page();
    }
}
