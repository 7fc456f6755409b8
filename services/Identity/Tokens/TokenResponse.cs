namespace NatoAspire.Identity.Tokens;

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken);
