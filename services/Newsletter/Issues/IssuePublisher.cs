using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Newsletter;
using NatoAspire.Messaging.Outbox;
using NatoAspire.Newsletter.Data;
using NatoAspire.Newsletter.Unsubscribing;

namespace NatoAspire.Newsletter.Issues;

/// <summary>
/// Publishes an issue: the issue row and one outbox row per current subscriber commit together, so a crash
/// leaves either nothing or every copy queued. The relay then delivers each row at least once and notification
/// drops redeliveries by message id: each subscriber gets exactly one copy.
/// </summary>
public sealed class IssuePublisher(NewsletterDbContext db, UnsubscribeLinks links, NewsletterMetrics metrics, TimeProvider time)
{
    public async Task<PublishedIssue> PublishAsync(PublishIssueRequest request, CancellationToken cancellationToken)
    {
        var issueId = Guid.CreateVersion7();
        var strategy = db.Database.CreateExecutionStrategy();
        var recipients = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var now = time.NowForPostgres();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // One transaction for the whole list: at this portal's scale (thousands of subscribers) it is one
            // modest commit and makes "all or nothing" trivially true. For millions (each row carries the bodies)
            // this would become a durable fan-out job writing batches keyed by (issue, account).
            var subscribers = await db.Subscribers.AsNoTracking()
                .Where(s => s.Subscribed)
                .OrderBy(s => s.AccountId)
                .Select(s => new { s.AccountId, s.Email, s.Language })
                .ToListAsync(cancellationToken);

            var issue = new Issue
            {
                Id = issueId,
                Subject = request.Subject!.Trim(),
                TextBody = request.TextBody!,
                HtmlBody = string.IsNullOrWhiteSpace(request.HtmlBody) ? null : request.HtmlBody,
                SubjectFr = request.HasFrench ? request.SubjectFr!.Trim() : null,
                TextBodyFr = request.HasFrench ? request.TextBodyFr : null,
                HtmlBodyFr = request.HasFrench && !string.IsNullOrWhiteSpace(request.HtmlBodyFr) ? request.HtmlBodyFr : null,
                PublishedAt = now,
                Recipients = subscribers.Count,
            };
            db.Issues.Add(issue);
            foreach (var subscriber in subscribers)
            {
                var (language, subject, textBody, htmlBody) = issue.VersionFor(subscriber.Language);
                db.PublishOnCommit(new NewsletterCopyIssued(
                    issue.Id, subscriber.AccountId, subscriber.Email, subject, textBody, htmlBody,
                    links.For(subscriber.AccountId), now, language), time);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return subscribers.Count;
        });

        metrics.IssuePublished(recipients);
        return new PublishedIssue(issueId, recipients);
    }
}
