namespace NatoAspire.Web.Apis;

/// <summary>Where the APIs live; service discovery resolves the default names.</summary>
public sealed class ApiAddresses
{
    public const string Section = "Apis";

    public Uri Identity { get; set; } = new("http://identity");
    public Uri Newsletter { get; set; } = new("http://newsletter");
    public Uri MediaCatalog { get; set; } = new("http://media-catalog");

    /// <summary>How long a page waits for an API's answer (for a download: for its headers).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
