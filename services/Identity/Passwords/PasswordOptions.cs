namespace NatoAspire.Identity.Passwords;

/// <summary>How passwords are hashed (section <c>Passwords</c>).</summary>
public sealed class PasswordOptions
{
    public const string Section = "Passwords";

    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA512.</summary>
    public const int DefaultIterations = 210_000;

    /// <summary>
    /// PBKDF2-HMAC-SHA512 iterations of every new hash; a sign-in with an older, weaker hash stores a new one. Tests
    /// lower it by configuration, never production. Defaults to <see cref="DefaultIterations"/> (210,000).
    /// </summary>
    public int Iterations { get; set; } = DefaultIterations;

    /// <summary>
    /// Threads that do nothing but hash passwords, at a lowered OS priority (<see cref="HashingThreads"/>). One per core
    /// lets logins use every core while a request thread still wins each core the moment it wakes. Defaults to
    /// <see cref="Environment.ProcessorCount"/>.
    /// </summary>
    public int HashingThreads { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Hashes that may wait for a hashing thread; one more is refused with 503 <c>service_unavailable</c> and
    /// <c>Retry-After: 1</c>. At ~100 ms a hash on two cores, 40 is about two seconds of work queued: a login waits at
    /// most that long for its turn, and a burst beyond it is told to come back rather than left waiting. Defaults to 40.
    /// </summary>
    public int HashingQueueLength { get; set; } = 40;
}
