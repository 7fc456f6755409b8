using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace NatoAspire.MediaCatalog.Storage;

/// <summary>Files in one local folder (Media:StoragePath), one sub-folder a video.</summary>
sealed class LocalFolderStorage : IMediaStorage
{
    const int ChunkBytes = 1024 * 1024;
    readonly string root;

    public LocalFolderStorage(IOptions<MediaOptions> options)
    {
        root = Path.GetFullPath(options.Value.StoragePath);
        Directory.CreateDirectory(root);
    }

    public async Task<StoredContent> WriteAsync(StorageKey key, Stream content, CancellationToken cancellationToken)
    {
        var target = PhysicalPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        long size = 0;
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous))
            {
                int read;
                // Whole chunks: a request body arrives in pieces of a few KiB, and one write per piece would be slow.
                while ((read = await content.ReadAtLeastAsync(buffer.AsMemory(0, ChunkBytes), ChunkBytes, throwOnEndOfStream: false, cancellationToken)) > 0)
                {
                    sha256.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }
            }
            File.Move(partial, target, overwrite: true);
            return new StoredContent(size, Convert.ToHexStringLower(sha256.GetHashAndReset()));
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public string PhysicalPath(StorageKey key)
    {
        var path = Path.GetFullPath(Path.Combine(root, key.Value));
        // The key's shape already rules out "..": this is the second lock on the same door.
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("A storage key pointed outside the storage folder.");
        return path;
    }

    public Stream OpenRead(StorageKey key) =>
        new FileStream(PhysicalPath(key), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous);

    public bool Exists(StorageKey key) => File.Exists(PhysicalPath(key));

    public void Delete(StorageKey key) => File.Delete(PhysicalPath(key));

    public void Move(StorageKey from, StorageKey to) => File.Move(PhysicalPath(from), PhysicalPath(to), overwrite: true);
}
