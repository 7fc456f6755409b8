using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account;

public sealed class LogoutModel(IdentityApi identity, PortalSession session, ILogger<LogoutModel> logger) : PortalPageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await session.TokensAsync() is { } tokens)
        {
            try
            {
                var result = await identity.LogoutAsync(tokens.AccessToken, tokens.RefreshToken, cancellationToken);
                if (!result.Succeeded) logger.LogInformation("Identity answered {Status} to a logout", (int)result.Problem.Status);
            }
            catch (HttpRequestException exception)
            {
                // Leaving must work even while identity is down; the refresh token then simply expires.
                logger.LogWarning(exception, "The refresh token could not be revoked at logout");
            }
        }
        await session.SignOutAsync();
        return Redirect("/");
    }
}
