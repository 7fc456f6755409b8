namespace NatoAspire.AppHost.Infrastructure;

/// <summary>The mailbox (smtp4dev) as the dashboard shows it, whichever mode runs it.</summary>
static class MailboxCommands
{
    public const string EmptyMailbox = "empty-mailbox";

    public static IResourceBuilder<T> WithMailboxDashboardEntries<T>(this IResourceBuilder<T> mailbox)
        where T : IResourceWithEndpoints =>
        mailbox
            .WithUrlForEndpoint("http", url => url.DisplayText = "Mailbox")
            // smtp4dev's own API; only the dev mailbox is emptied, never anything a service keeps.
            .WithHttpCommand("/api/messages/*", "Empty the mailbox", endpointName: "http", commandName: EmptyMailbox,
                commandOptions: new HttpCommandOptions
                {
                    Method = HttpMethod.Delete,
                    Description = "Deletes every email the mailbox has caught.",
                    ConfirmationMessage = "Delete every email in the mailbox?",
                    IconName = "Delete",
                });
}
