namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The portal's one rule on control characters in what a client sends: none in one-line text (a line break in a
/// name or a subject would start a new line, or a new email header, where none belongs), and in multi-line text
/// none but line breaks and tabs.
/// </summary>
public static class ControlCharacters
{
    public static bool AnyIn(string text, bool multiline = false)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')) return true;
        }
        return false;
    }
}
