using System.Buffers.Text;
using NatoAspire.Newsletter.Unsubscribing;

namespace NatoAspire.Newsletter.Tests.Unsubscribing;

public sealed class UnsubscribeTokenTests
{
    const string Key = "unit-test-unsubscribe-key-0123456789abcdef";
    readonly UnsubscribeTokens tokens = new(Key);

    [Fact]
    public void A_token_names_the_account_it_was_issued_for()
    {
        var accountId = Guid.NewGuid();

        var token = tokens.Issue(accountId);

        Assert.True(tokens.TryRead(token, out var read));
        Assert.Equal(accountId, read);
    }

    [Fact]
    public void A_token_is_url_safe_and_the_same_every_time_for_one_account()
    {
        var accountId = Guid.NewGuid();

        var token = tokens.Issue(accountId);

        Assert.Equal(token, tokens.Issue(accountId));
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.NotEqual(token, tokens.Issue(Guid.NewGuid()));
    }

    [Fact]
    public void Changing_any_character_of_a_token_makes_it_invalid()
    {
        var token = tokens.Issue(Guid.NewGuid());

        for (var i = 0; i < token.Length; i++)
        {
            foreach (var replacement in "AgQw_-9")
            {
                if (token[i] == replacement) continue;
                var altered = token[..i] + replacement + token[(i + 1)..];
                Assert.False(tokens.TryRead(altered, out _), $"altered at {i} to '{replacement}': {altered}");
            }
        }
    }

    [Fact]
    public void A_token_for_another_account_with_the_signature_of_the_first_is_rejected()
    {
        var bytes = Base64Url.DecodeFromChars(tokens.Issue(Guid.NewGuid()));
        Guid.NewGuid().TryWriteBytes(bytes.AsSpan(1, 16), bigEndian: true, out _);

        Assert.False(tokens.TryRead(Base64Url.EncodeToString(bytes), out _));
    }

    [Fact]
    public void A_token_signed_with_another_key_is_rejected()
    {
        var forger = new UnsubscribeTokens("someone-elses-key-that-is-long-enough-too!");

        var forged = forger.Issue(Guid.NewGuid());

        Assert.False(tokens.TryRead(forged, out var read));
        Assert.Equal(Guid.Empty, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%")]
    [InlineData("'; DROP TABLE subscribers; --")]
    public void Garbage_is_rejected(string? garbage) =>
        Assert.False(tokens.TryRead(garbage, out _));

    [Fact]
    public void Truncated_or_extended_tokens_are_rejected()
    {
        var token = tokens.Issue(Guid.NewGuid());

        Assert.False(tokens.TryRead(token[..^1], out _));
        Assert.False(tokens.TryRead(token + "A", out _));
        Assert.False(tokens.TryRead(token + "=", out _));
        Assert.False(tokens.TryRead(" " + token, out _));
    }

    [Fact]
    public void A_key_shorter_than_32_bytes_is_refused() =>
        Assert.Throws<ArgumentException>(() => new UnsubscribeTokens("too-short"));
}
