using NatoAspire.Web.Navigation;

namespace NatoAspire.Web.Pages.Account.ResetPassword;

/// <summary>The steps of a password reset, each carrying the page the user came from.</summary>
public static class ResetPasswordLinks
{
    public const string ResetTokenKey = "ResetToken";

    public static string Start(string? returnUrl) => $"/account/reset-password{ReturnQuery(returnUrl, '?')}";

    public static string Code(string email, string? returnUrl) =>
        $"/account/reset-password/code?email={Uri.EscapeDataString(email)}{ReturnQuery(returnUrl, '&')}";

    public static string NewPassword(string? returnUrl) => $"/account/reset-password/new{ReturnQuery(returnUrl, '?')}";

    public static string Done(string? returnUrl) => $"/account/reset-password/done{ReturnQuery(returnUrl, '?')}";

    static string ReturnQuery(string? returnUrl, char separator) =>
        LocalReturnUrl.Sanitize(returnUrl) is { } url ? $"{separator}returnUrl={Uri.EscapeDataString(url)}" : "";
}
