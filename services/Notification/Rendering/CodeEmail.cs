namespace NatoAspire.Notification.Rendering;

/// <summary>
/// The layout every email that carries a code shares, in the portal's words: an opening line, "Check your inbox and
/// enter verification code", what the code is for, the code, how long it is valid, and what to do if it was not you.
/// </summary>
static class CodeEmail
{
    public sealed record Wording(string Heading, string ValidUntil);

    public static readonly Bilingual<Wording> Words = new(
        English: new(
            Heading: "Check your inbox and enter verification code",
            ValidUntil: "It is valid until {0}."),
        French: new(
            Heading: "Vérifiez votre boîte de réception et saisissez le code de vérification",
            ValidUntil: "Il reste valable jusqu’au {0}."));

    public static RenderedEmail Render(
        EmailLanguage language, string subject, string opening, string intro, string code, DateTimeOffset expiresAt, TimeSpan validFor, string notYou)
    {
        var words = Words.In(language.Code);
        // The moment itself too, which stays right even if the email arrives late.
        var validity = $"{CodeValidity.Sentence(validFor, language.Code)} {string.Format(language.Culture, words.ValidUntil, language.Moment(expiresAt))}";

        var text = EmailLayout.Text(language, $"""
            {opening}

            {words.Heading}

            {intro}

                {code}

            {validity}

            {notYou}
            """);

        var html = EmailLayout.Html(language, subject,
            Html.Heading(words.Heading) +
            Html.Paragraph(opening) +
            Html.Paragraph(intro) +
            Html.Code(code) +
            Html.Paragraph(validity) +
            Html.Paragraph(notYou));

        return new RenderedEmail(subject, text, html);
    }
}
