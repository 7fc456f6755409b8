namespace NatoAspire.Web.Navigation;

/// <summary>Only paths on this site are followed after login or a password reset: never another host.</summary>
public static class LocalReturnUrl
{
    public static string? Sanitize(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2048) return null;
        // "/path" but not "//host" or "/\host", which browsers treat as another host.
        if (url[0] != '/' || (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))) return null;
        if (ControlCharacters.AnyIn(url) || url.Contains('\\')) return null;
        return url;
    }

    public static string OrHome(string? url) => Sanitize(url) ?? "/";
}
