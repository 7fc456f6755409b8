namespace NatoAspire.Identity.Sessions;

/// <summary>
/// What a session list shows of the client that signed in: its <c>User-Agent</c>, as sent (web forwards the
/// browser's), cut to a length a row can hold and without control characters, since it is shown on a page.
/// </summary>
public static class SessionDevice
{
    public const int MaxUserAgentLength = 512;

    public static string? UserAgentOf(HttpRequest request)
    {
        var sent = request.Headers.UserAgent.ToString();
        if (string.IsNullOrWhiteSpace(sent)) return null;
        var printable = new string([.. sent.Where(c => !char.IsControl(c))]).Trim();
        if (printable.Length == 0) return null;
        return printable.Length <= MaxUserAgentLength ? printable : printable[..MaxUserAgentLength];
    }
}
