using Microsoft.EntityFrameworkCore;

namespace NatoAspire.Messaging.Inbox;

/// <summary>A service's DbContext that records the messages its consumers have handled.</summary>
public interface IInboxContext
{
    DbSet<ProcessedMessage> ProcessedMessages { get; }
}
