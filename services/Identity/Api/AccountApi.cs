using NatoAspire.Identity.EmailChange;
using NatoAspire.Identity.Login;
using NatoAspire.Identity.Passkeys;
using NatoAspire.Identity.PasswordChange;
using NatoAspire.Identity.PasswordReset;
using NatoAspire.Identity.Privacy;
using NatoAspire.Identity.Profile;
using NatoAspire.Identity.Registration;
using NatoAspire.Identity.Sessions;
using NatoAspire.Identity.Tokens;
using NatoAspire.Identity.Verification;

namespace NatoAspire.Identity.Api;

public static class AccountApi
{
    /// <summary>Every account request is small; anything larger is refused with 413 before it is read (the gateway refuses it first).</summary>
    public const long MaxRequestBodyBytes = AccountApiLimits.MaxRequestBodyBytes;

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/account")
            .WithMetadata(new RequestBodyLimit(MaxRequestBodyBytes))
            .WithNoStore()
            .WithTags("Account");
        account.MapRegistration();
        account.MapVerification();
        account.MapLogin();
        account.MapTokens();
        account.MapProfile();
        account.MapPasswordReset();
        account.MapPasswordChange();
        account.MapEmailChange();
        account.MapSessions();
        account.MapPrivacy();
        account.MapPasskeys();
        return app;
    }

    /// <summary>Oversized bodies are refused with 413 before binding reads them.</summary>
    public static IApplicationBuilder UseAccountApi(this IApplicationBuilder app) => app.UseRequestBodyLimits();
}
