namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>Ids in URLs are GUIDs in their canonical 36-character form and nothing else.</summary>
public static class CatalogIds
{
    public static bool TryParse(string? text, out Guid id) =>
        Guid.TryParseExact(text, "D", out id) && id != Guid.Empty;
}
