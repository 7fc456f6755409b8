using NatoAspire.TestSupport;

namespace NatoAspire.EndToEnd.Browser;

/// <summary>One user's mail: each call returns a message not seen before, so a new code is never confused with an old one.</summary>
public sealed class Inbox(Mailbox mailbox, string address)
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    readonly HashSet<string> seen = [];

    /// <summary>The plain text of the message the last call returned.</summary>
    public string LastText { get; private set; } = "";

    public async Task<string> NextCodeAsync(string subjectContains)
    {
        var message = await mailbox.WaitForMessageAsync(
            m => m.IsTo(address) && !seen.Contains(m.Id) && m.Subject.Contains(subjectContains, StringComparison.OrdinalIgnoreCase),
            Timeout);
        seen.Add(message.Id);
        var text = LastText = await mailbox.GetPlainTextAsync(message.Id);
        return Mailbox.FindSixDigitCode(text) ?? throw new InvalidOperationException($"No code in \"{message.Subject}\": {text}");
    }
}
