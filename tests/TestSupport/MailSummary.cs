namespace NatoAspire.TestSupport;

/// <summary>One message as smtp4dev lists it.</summary>
public sealed record MailSummary(
    string Id,
    string From,
    IReadOnlyList<string> To,
    string Subject,
    DateTimeOffset ReceivedDate)
{
    /// <summary>Whether <paramref name="address"/> is among the recipients, bare or as "Name &lt;address&gt;".</summary>
    public bool IsTo(string address) => To.Any(recipient =>
        recipient.Equals(address, StringComparison.OrdinalIgnoreCase) ||
        recipient.EndsWith($"<{address}>", StringComparison.OrdinalIgnoreCase));
}
