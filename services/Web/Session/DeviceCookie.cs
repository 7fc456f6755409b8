namespace NatoAspire.Web.Session;

/// <summary>
/// The browser's device token from identity (OWASP's device cookie), kept for as long as identity keeps it valid
/// (LoginThrottle:DeviceTokenLifetime, 90 days). Sent back with each sign-in, it tells identity that this browser
/// signed in to the address before: its failed sign-ins count on its own, and its sign-ins send no new-device alert.
/// A token is already signed by identity, so the cookie holds it as it is; it is of no use to script (HttpOnly).
/// </summary>
public static class DeviceCookie
{
    public const string Name = "nato_device";
    static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);
    const int MaximumLength = 128;

    public static string? Read(HttpRequest request) =>
        request.Cookies[Name] is { Length: > 0 and <= MaximumLength } token ? token : null;

    public static void Write(HttpResponse response, string deviceToken) => response.Cookies.Append(Name, deviceToken, new CookieOptions
    {
        HttpOnly = true,
        Secure = response.HttpContext.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        MaxAge = Lifetime,
        IsEssential = true,
    });
}
