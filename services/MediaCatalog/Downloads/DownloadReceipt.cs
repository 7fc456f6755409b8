namespace NatoAspire.MediaCatalog.Downloads;

/// <summary>Who asked for which file: completed by the bytes served once the response is over.</summary>
public sealed record DownloadReceipt(Guid VideoId, Guid FileId, string Label, Guid AccountId);
