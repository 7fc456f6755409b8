using System.Reflection;
using System.Text.Json;
using MassTransit.Serialization;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;
using NatoAspire.Notification.Verification;

namespace NatoAspire.Notification.Tests.Rendering;

/// <summary>Every email speaks English and French, and its French follows French typography.</summary>
public sealed class EmailWordingTests
{
    static readonly Assembly Notification = typeof(EmailLayout).Assembly;

    /// <summary>Every <see cref="Bilingual{T}"/> the service declares, with where it lives.</summary>
    public static TheoryData<string> Wordings() => [.. AllWordings().Select(w => w.Name)];

    static IEnumerable<(string Name, object English, object French)> AllWordings() =>
        from type in Notification.GetTypes()
        from field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
        where field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(Bilingual<>)
        let pair = field.GetValue(null)!
        select ($"{type.Name}.{field.Name}",
            field.FieldType.GetProperty("English")!.GetValue(pair)!,
            field.FieldType.GetProperty("French")!.GetValue(pair)!);

    static IEnumerable<(string Property, string? Value)> Strings(object wording) =>
        wording.GetType().GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => (p.Name, (string?)p.GetValue(wording)));

    [Fact]
    public void Every_email_has_its_wording_in_both_languages()
    {
        var emails = Notification.GetTypes()
            .Where(t => t.GetMethod("Render", BindingFlags.Static | BindingFlags.Public)?.ReturnType == typeof(RenderedEmail))
            // An issue's words are its editor's; its footer has wording of its own (UnsubscribeFooter.Words).
            .Where(t => t.Name != "NewsletterCopyEmail")
            .ToList();
        Assert.True(emails.Count >= 9, $"Only {emails.Count} emails found.");
        Assert.All(emails, email => Assert.True(
            email.GetField("Words", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)?.FieldType is { IsGenericType: true } words
                && words.GetGenericTypeDefinition() == typeof(Bilingual<>),
            $"{email.Name} has no Bilingual Words."));
    }

    [Theory]
    [MemberData(nameof(Wordings))]
    public void No_sentence_is_missing_in_either_language(string name)
    {
        var (_, english, french) = AllWordings().Single(w => w.Name == name);
        foreach (var ((property, en), (_, fr)) in Strings(english).Zip(Strings(french)))
        {
            Assert.False(string.IsNullOrWhiteSpace(en), $"{name}.{property} has no English.");
            Assert.False(string.IsNullOrWhiteSpace(fr), $"{name}.{property} has no French.");
            Assert.True(property == "Code" || fr != en || en.StartsWith("NATO", StringComparison.Ordinal), $"{name}.{property} is not translated: {fr}");
        }
    }

    [Theory]
    [MemberData(nameof(Wordings))]
    public void The_French_follows_French_typography(string name)
    {
        var (_, _, french) = AllWordings().Single(w => w.Name == name);
        foreach (var (property, text) in Strings(french))
        {
            Assert.DoesNotContain('\'', text!);
            Assert.DoesNotContain('"', text!);
            foreach (var mark in new[] { ':', ';', '!', '?', '»' })
            {
                var at = text!.IndexOf(mark);
                while (at >= 0)
                {
                    Assert.True(at > 0 && text[at - 1] == '\u00A0', $"{name}.{property}: no non-breaking space before «{mark}» in: {text}");
                    at = text.IndexOf(mark, at + 1);
                }
            }
            var open = text!.IndexOf('«');
            Assert.True(open < 0 || text[open + 1] == '\u00A0', $"{name}.{property}: no non-breaking space inside « in: {text}");
        }
    }

    [Fact]
    public void A_message_published_before_accounts_had_a_language_reads_as_English()
    {
        const string json = """{"email":"ada@example.test","firstName":"Ada","code":"604218","expiresAt":"2026-12-02T09:00:00+00:00","validFor":"00:30:00"}""";
        var issued = JsonSerializer.Deserialize<VerificationCodeIssued>(json, SystemTextJsonMessageSerializer.Options)!;

        Assert.Equal("en", issued.Language);
        Assert.Equal(VerificationEmail.Words.English.Subject, VerificationEmail.Render(issued).Subject);
    }

    [Fact]
    public void French_moments_are_written_the_French_way()
    {
        var french = EmailLanguage.Of("fr");
        Assert.Equal("1er décembre 2026 à 8\u00A0h\u00A005 UTC", french.Moment(new DateTimeOffset(2026, 12, 1, 9, 5, 0, TimeSpan.FromHours(1))));
        Assert.Equal("08:05 UTC on 1 December 2026", EmailLanguage.Of("en").Moment(new DateTimeOffset(2026, 12, 1, 8, 5, 0, TimeSpan.Zero)));
    }
}
