namespace NatoAspire.MediaCatalog.Storage;

/// <summary>Where the catalogue's files are kept.</summary>
public interface IMediaStorage
{
    /// <summary>Streams <paramref name="content"/> into place, hashing it on the way; the file appears only once complete.</summary>
    Task<StoredContent> WriteAsync(StorageKey key, Stream content, CancellationToken cancellationToken);

    /// <summary>A path on the local file system, so that downloads can be served (with ranges) straight from disk.</summary>
    string PhysicalPath(StorageKey key);

    Stream OpenRead(StorageKey key);

    bool Exists(StorageKey key);

    void Delete(StorageKey key);

    /// <summary>Renames a stored file, replacing any file at <paramref name="to"/>.</summary>
    void Move(StorageKey from, StorageKey to);
}
