using MassTransit;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.MediaCatalog.Data;

namespace NatoAspire.MediaCatalog.History;

/// <summary>
/// The account is deleted: its downloads and terms acceptances stay, so the catalogue's counts do not change, but each
/// row gets an account id of its own, drawn at random and kept nowhere, so nothing links them to the person or to one
/// another. Its unused download links go. A redelivered event finds no row with the old id and changes nothing.
/// </summary>
public sealed class DownloadHistoryAnonymisationConsumer(CatalogDbContext db, ILogger<DownloadHistoryAnonymisationConsumer> logger)
    : IConsumer<AccountDeleted>
{
    public async Task Consume(ConsumeContext<AccountDeleted> context)
    {
        var accountId = context.Message.AccountId;
        var cancellationToken = context.CancellationToken;
        var strategy = db.Database.CreateExecutionStrategy();
        var (downloads, acceptances) = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var downloads = await db.Database.ExecuteSqlInterpolatedAsync(
                $"""UPDATE downloads SET "AccountId" = gen_random_uuid() WHERE "AccountId" = {accountId}""", cancellationToken);
            var acceptances = await db.Database.ExecuteSqlInterpolatedAsync(
                $"""UPDATE terms_acceptances SET "AccountId" = gen_random_uuid() WHERE "AccountId" = {accountId}""", cancellationToken);
            // A link made just before the deletion would otherwise record one more download under the old id.
            await db.DownloadLinks.Where(l => l.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (downloads, acceptances);
        });
        logger.LogInformation("Account {AccountId} deleted: {Downloads} download(s) and {Acceptances} terms acceptance(s) anonymised",
            accountId, downloads, acceptances);
    }
}
