namespace NatoAspire.Contracts.Media;

/// <summary>For the audit trail: who downloaded which file, and how many bytes were served.</summary>
public sealed record VideoFileDownloaded(Guid VideoId, Guid FileId, Guid AccountId, long BytesServed, bool Partial, DateTimeOffset DownloadedAt);
