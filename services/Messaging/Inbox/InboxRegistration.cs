using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace NatoAspire.Messaging.Inbox;

public static class InboxRegistration
{
    /// <summary>
    /// Removes the inbox records of <typeparamref name="TContext"/> once they are older than <c>Inbox:Retention</c>.
    /// The context must map the inbox (<see cref="InboxModel.AddInbox"/>); consumers use
    /// <see cref="InboxExtensions.ProcessOnceAsync{TContext}(TContext, string, MassTransit.ConsumeContext, Func{CancellationToken, Task}, TimeProvider)"/>.
    /// </summary>
    public static IHostApplicationBuilder AddInboxRetention<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext, IInboxContext
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<InboxRetentionOptions>().BindConfiguration(InboxRetentionOptions.Section);
        builder.Services.AddSingleton<InboxRetention<TContext>>();
        builder.Services.AddHostedService(services => services.GetRequiredService<InboxRetention<TContext>>());
        return builder;
    }
}
