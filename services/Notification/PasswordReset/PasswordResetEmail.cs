using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.PasswordReset;

/// <summary>The code that lets the owner of an address choose a new password.</summary>
public static class PasswordResetEmail
{
    public const string Subject = "Reset your NATO Multimedia password";

    public static RenderedEmail Render(PasswordResetCodeIssued issued)
    {
        const string heading = "Check your inbox and enter verification code";
        const string intro = "We received a request to reset the password of your NATO Multimedia account. Enter this code on the Reset password page:";
        var validity = CodeValidity.Describe(issued.ExpiresAt);
        const string notYou = "If you did not ask to reset your password, you can ignore this email: your password stays as it is.";

        var text = EmailLayout.Text($"""
            Reset password

            {heading}

            {intro}

                {issued.Code}

            {validity}

            {notYou}
            """);

        var html = EmailLayout.Html(Subject,
            Html.Heading(heading) +
            Html.Paragraph(intro) +
            Html.Code(issued.Code) +
            Html.Paragraph(validity) +
            Html.Paragraph(notYou));

        return new RenderedEmail(Subject, text, html);
    }
}
