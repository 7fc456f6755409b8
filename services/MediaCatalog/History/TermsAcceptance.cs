namespace NatoAspire.MediaCatalog.History;

/// <summary>
/// An account accepted a video's usage terms by downloading it for the first time; the terms are kept as they read
/// then, since an admin may change them later.
/// </summary>
public sealed class TermsAcceptance
{
    public Guid AccountId { get; set; }
    public Guid VideoId { get; set; }
    public DateTimeOffset AcceptedAt { get; set; }
    public required string UsageTerms { get; set; }
}
