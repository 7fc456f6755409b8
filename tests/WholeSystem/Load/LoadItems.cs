using System.Collections.Concurrent;

namespace NatoAspire.WholeSystem.Load;

/// <summary>
/// What the load made and must find again at the end, each item with the phase of the run (0 before the first
/// fault, then the fault's number) in which it was made.
/// </summary>
public sealed class LoadItems
{
    int phase;

    public int Phase { get => Volatile.Read(ref phase); set => Volatile.Write(ref phase, value); }

    /// <summary>Every registration the portal answered 202.</summary>
    public ConcurrentQueue<RegisteredAccount> Accounts { get; } = new();

    /// <summary>Every subscription the portal answered 200.</summary>
    public ConcurrentQueue<Subscription> Subscriptions { get; } = new();

    /// <summary>Every download whose ranges were all answered.</summary>
    public ConcurrentQueue<Download> Downloads { get; } = new();

    /// <summary>Accounts verified during the load, for the login loop.</summary>
    public ConcurrentQueue<string> Verified { get; } = new();
}

public sealed class RegisteredAccount(string email, string registrationToken, int phase)
{
    public string Email => email;
    public string RegistrationToken => registrationToken;
    public int Phase => phase;
    public bool Verified { get; set; }
}

public sealed record Subscription(string Email, int Phase);

public sealed record Download(string FileId, string ExpectedSha256, string ActualSha256, int Phase);
