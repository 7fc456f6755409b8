namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The stable machine codes of problem answers, in the extension member <c>code</c>. Clients branch on them and
/// they never change (docs/contract.md §3 and §4 name most of them): every service, the gateway and the pages read them here.
/// </summary>
public static class ProblemCodes
{
    // Any endpoint.
    public const string ValidationFailed = "validation_failed";
    public const string BadRequest = "bad_request";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RateLimited = "rate_limited";
    public const string NotFound = "not_found";
    public const string Unauthorized = "unauthorized";
    /// <summary>A service the answer needs is not answering; nothing partial is returned.</summary>
    public const string ServiceUnavailable = "service_unavailable";

    // Accounts.
    public const string InvalidCode = "invalid_code";
    public const string CodeAttemptsExceeded = "code_attempts_exceeded";
    public const string InvalidCredentials = "invalid_credentials";
    public const string EmailNotVerified = "email_not_verified";
    public const string InvalidRefreshToken = "invalid_refresh_token";
    public const string InvalidResetToken = "invalid_reset_token";
    /// <summary>A valid access token that lacks what the call needs (no account id, no address).</summary>
    public const string InvalidAccount = "invalid_account";
    /// <summary>A session id that is not one of the caller's signed-in devices.</summary>
    public const string SessionNotFound = "session_not_found";

    // Newsletter.
    /// <summary>A forged, altered or unreadable unsubscribe token.</summary>
    public const string InvalidUnsubscribeToken = "invalid_token";

    // Media catalogue.
    public const string VideoNotFound = "video_not_found";
    public const string FileNotFound = "file_not_found";
    public const string FileIdTaken = "file_id_taken";
    public const string PreviewNotFound = "preview_not_found";
    public const string CaptionsNotFound = "captions_not_found";
    public const string DownloadLinkExpired = "download_link_expired";
    /// <summary>An upload ffprobe cannot read as audio or video; nothing of it is kept.</summary>
    public const string UnreadableMedia = "unreadable_media";
}
