using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace NatoAspire.Web.Pages.Account;

/// <summary>
/// The registration token between the register page and the verify page. It lives in the encrypted temp-data
/// cookie, never in a URL, and only for the address it was issued for.
/// </summary>
public static class PendingRegistration
{
    const string EmailKey = "RegistrationEmail";
    const string TokenKey = "RegistrationToken";

    public static void Remember(ITempDataDictionary tempData, string email, string registrationToken)
    {
        tempData[EmailKey] = email;
        tempData[TokenKey] = registrationToken;
    }

    /// <summary>The token of this browser's registration of <paramref name="email"/>, kept for the next request too.</summary>
    public static string? TokenFor(ITempDataDictionary tempData, string? email) =>
        tempData.Peek(EmailKey) is string remembered && tempData.Peek(TokenKey) is string token
        && string.Equals(remembered, email?.Trim(), StringComparison.OrdinalIgnoreCase)
            ? token
            : null;

    public static void Forget(ITempDataDictionary tempData)
    {
        tempData.Remove(EmailKey);
        tempData.Remove(TokenKey);
    }
}
