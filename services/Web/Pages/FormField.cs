using Microsoft.Extensions.Localization;

namespace NatoAspire.Web.Pages;

/// <summary>One labelled input, rendered by the _Field partial with its hint and its errors tied to it for screen readers.</summary>
public sealed record FormField(string Name, string Label, string? Value = null, string Type = "text")
{
    public string? Autocomplete { get; init; }
    public string? Hint { get; init; }
    public bool Required { get; init; } = true;
    public string? InputMode { get; init; }
    public int? MaxLength { get; init; }
    public string? Pattern { get; init; }

    public static string PasswordRule(IStringLocalizer text) =>
        text["The password must be at least 12 characters long, no spaces, include upper/lowercase letters, numbers and symbols."];

    public static FormField Email(string? value, IStringLocalizer text) =>
        new("Email", text["Email address"], value, "email") { Autocomplete = "email", MaxLength = 254 };

    public static FormField Code(IStringLocalizer text) =>
        new("Code", text["Verification code"]) { Autocomplete = "one-time-code", InputMode = "numeric", MaxLength = 6 };
}
