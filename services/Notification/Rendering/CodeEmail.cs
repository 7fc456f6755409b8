using System.Globalization;

namespace NatoAspire.Notification.Rendering;

/// <summary>
/// The layout both emails that carry a code share, in the portal's words: an opening line, "Check your inbox and
/// enter verification code", what the code is for, the code, how long it is valid, and what to do if it was not you.
/// </summary>
static class CodeEmail
{
    public const string Heading = "Check your inbox and enter verification code";

    public static RenderedEmail Render(
        string subject, string opening, string intro, string code, DateTimeOffset expiresAt, TimeSpan validFor, string notYou)
    {
        // The moment itself too, which stays right even if the email arrives late.
        var validity = $"{CodeValidity.Sentence(validFor)} It is valid until {expiresAt.ToUniversalTime().ToString("HH:mm 'UTC on' d MMMM yyyy", CultureInfo.InvariantCulture)}.";

        var text = EmailLayout.Text($"""
            {opening}

            {Heading}

            {intro}

                {code}

            {validity}

            {notYou}
            """);

        var html = EmailLayout.Html(subject,
            Html.Heading(Heading) +
            Html.Paragraph(opening) +
            Html.Paragraph(intro) +
            Html.Code(code) +
            Html.Paragraph(validity) +
            Html.Paragraph(notYou));

        return new RenderedEmail(subject, text, html);
    }
}
