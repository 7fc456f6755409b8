namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>A news video in the catalogue.</summary>
public sealed class Video
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string? Location { get; set; }
    public int DurationSeconds { get; set; }
    public List<string> Topics { get; set; } = [];
}
