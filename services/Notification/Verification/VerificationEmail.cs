using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Verification;

/// <summary>The code that verifies a new account's email address.</summary>
public static class VerificationEmail
{
    public const string Subject = "Your NATO Multimedia verification code";

    public static RenderedEmail Render(VerificationCodeIssued issued)
    {
        var greeting = $"Dear {issued.FirstName},";
        const string heading = "Check your inbox and enter verification code";
        const string intro = "Thank you for creating a NATO Multimedia account. Enter this code to verify your account:";
        var validity = CodeValidity.Describe(issued.ExpiresAt);
        const string notYou = "If you did not create an account, you can ignore this email: no account is created without the code.";

        var text = EmailLayout.Text($"""
            {greeting}

            {heading}

            {intro}

                {issued.Code}

            {validity}

            {notYou}
            """);

        var html = EmailLayout.Html(Subject,
            Html.Heading(heading) +
            Html.Paragraph(greeting) +
            Html.Paragraph(intro) +
            Html.Code(issued.Code) +
            Html.Paragraph(validity) +
            Html.Paragraph(notYou));

        return new RenderedEmail(Subject, text, html);
    }
}
