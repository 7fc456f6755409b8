using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Contracts.Accounts;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.MediaCatalog.Tests;

[Collection(CatalogServiceCollection.Name)]
public sealed class AccountDeletedTests(CatalogServiceFixture fixture)
{
    [Fact]
    public async Task A_deleted_accounts_history_keeps_its_counts_but_not_its_link_to_the_account_and_a_second_event_changes_nothing()
    {
        var video = (await fixture.Anonymous().GetFromJsonAsync<VideoDto>($"/api/media/videos/{Seeding.SampleCatalogue.KosovoVisitId}"))!;
        var files = video.Files.Where(f => f.Kind is "audio" or "web").Select(f => f.FileId).ToList();
        var account = Guid.NewGuid();
        var client = fixture.WithToken(fixture.Tokens.VerifiedUser(account));
        foreach (var file in files) await client.GetByteArrayAsync($"/api/media/videos/{video.Id}/files/{file}");
        var link = (await (await client.PostAsync($"/api/media/videos/{video.Id}/files/{files[0]}/link", null)).Content.ReadFromJsonAsync<LinkDto>())!;
        var downloadsBefore = await QueryAsync(db => db.Downloads.CountAsync(d => files.Contains(d.FileId)));
        var acceptancesBefore = await QueryAsync(db => db.TermsAcceptances.CountAsync(a => a.VideoId == video.Id));
        // The account's own rows, told apart from other tests' downloads of the same files by file and time.
        var own = await QueryAsync(db => db.Downloads.Where(d => d.AccountId == account).Select(d => new { d.FileId, d.DownloadedAt }).ToListAsync());
        Assert.Equal(files.Count, own.Count);
        Task<List<Guid>> OwnRowsAccountIdsAsync() => QueryAsync(async db =>
            (await db.Downloads.Where(d => files.Contains(d.FileId)).ToListAsync())
                .Where(d => own.Any(o => o.FileId == d.FileId && o.DownloadedAt == d.DownloadedAt)).Select(d => d.AccountId).ToList());

        var bus = fixture.Service.Services.GetRequiredService<IBus>();
        var consumed = new ConsumedMessages();
        using var observing = bus.ConnectConsumeObserver(consumed);
        var messageId = NewId.NextGuid();
        var deleted = new AccountDeleted(account, "gone@nato.test", "Ada", DateTimeOffset.UtcNow);
        await bus.Publish(deleted, context => context.MessageId = messageId);
        await consumed.WaitForAsync(messageId, times: 1);
        var anonymised = await OwnRowsAccountIdsAsync();
        await bus.Publish(deleted, context => context.MessageId = messageId);
        await consumed.WaitForAsync(messageId, times: 2);

        Assert.Empty(consumed.Faults);
        Assert.Empty((await client.GetFromJsonAsync<DownloadHistoryDto>("/api/media/me/downloads"))!.Items);
        Assert.False(await QueryAsync(db => db.Downloads.AnyAsync(d => d.AccountId == account)));
        Assert.False(await QueryAsync(db => db.TermsAcceptances.AnyAsync(a => a.AccountId == account)));
        Assert.Equal(downloadsBefore, await QueryAsync(db => db.Downloads.CountAsync(d => files.Contains(d.FileId))));
        Assert.Equal(acceptancesBefore, await QueryAsync(db => db.TermsAcceptances.CountAsync(a => a.VideoId == video.Id)));
        // Each row its own stranger, and the second event drew no new ones.
        Assert.Equal(files.Count, anonymised.Count);
        Assert.Equal(anonymised.Count, anonymised.Distinct().Count());
        Assert.DoesNotContain(account, anonymised);
        Assert.Equal(anonymised.Order(), (await OwnRowsAccountIdsAsync()).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous().GetAsync(link.Url)).StatusCode);
    }

    async Task<T> QueryAsync<T>(Func<CatalogDbContext, Task<T>> query)
    {
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CatalogDbContext>());
    }

    sealed record LinkDto(string Url, DateTimeOffset ExpiresAt);
}
