namespace NatoAspire.Identity.Privacy;

/// <summary>Where the export gathers what the other services hold (section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The newsletter service; service discovery resolves the default name. Defaults to http://newsletter.</summary>
    public Uri Newsletter { get; set; } = new("http://newsletter");

    /// <summary>The media-catalog service; service discovery resolves the default name. Defaults to http://media-catalog.</summary>
    public Uri MediaCatalog { get; set; } = new("http://media-catalog");

    /// <summary>
    /// How long the export waits for each service's answer; a service that does not answer in time makes the whole
    /// export 503 rather than a partial one. Defaults to 10 seconds.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
