namespace NatoAspire.MediaCatalog.Storage;

/// <summary>What was written: its length and lower-case hex SHA-256, computed while the bytes went by.</summary>
public sealed record StoredContent(long SizeBytes, string Sha256);
