using System.Text;

namespace NatoAspire.Notification.Rendering;

/// <summary>Makes text safe for a header such as Subject: one line, no control characters, bounded length.</summary>
public static class HeaderText
{
    public const int MaxLength = 200;

    public static string SingleLine(string text)
    {
        var line = new StringBuilder(Math.Min(text.Length, MaxLength));
        var lastWasSpace = false;
        foreach (var character in text)
        {
            // CR and LF would start a new header; other control characters have no business there either.
            var isSpace = char.IsControl(character) || char.IsWhiteSpace(character);
            if (isSpace && (lastWasSpace || line.Length == 0)) continue;
            line.Append(isSpace ? ' ' : character);
            lastWasSpace = isSpace;
            if (line.Length == MaxLength) break;
        }
        return line.ToString().TrimEnd();
    }
}
