using System.ComponentModel.DataAnnotations;

namespace NatoAspire.Newsletter;

public sealed class NewsletterOptions
{
    public const string Section = "Newsletter";

    /// <summary>Where readers reach the portal (the gateway): unsubscribe links in emails start with it.</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:8080");

    /// <summary>The secret that signs unsubscribe tokens; rotating it voids every link already sent.</summary>
    [Required, MinLength(32)]
    public string UnsubscribeKey { get; set; } = "";
}
