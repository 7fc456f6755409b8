using System.ComponentModel.DataAnnotations;

namespace NatoAspire.Notification.Rendering;

/// <summary>Where the portal's pages are, for links in emails.</summary>
public sealed class PortalOptions : IValidatableObject
{
    public const string Section = "Portal";

    /// <summary>The address users reach the portal on (the gateway).</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:8080";

    public Uri ResetPasswordUrl => Page("account/reset-password");

    public Uri HomeUrl => Page("");

    public Uri ChangePasswordUrl => Page("account/password");

    public Uri SessionsUrl => Page("account/sessions");

    Uri Page(string path) => new($"{PublicBaseUrl.TrimEnd('/')}/{path}");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            yield return new ValidationResult("Portal:PublicBaseUrl must be an absolute http(s) address.", [nameof(PublicBaseUrl)]);
    }
}
