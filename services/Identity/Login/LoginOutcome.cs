using NatoAspire.Identity.Tokens;

namespace NatoAspire.Identity.Login;

public abstract record LoginOutcome
{
    public sealed record SignedIn(TokenResponse Tokens) : LoginOutcome;
    public sealed record InvalidCredentials : LoginOutcome;
    public sealed record NotVerified : LoginOutcome;
    public sealed record Throttled(TimeSpan RetryAfter) : LoginOutcome;
}
