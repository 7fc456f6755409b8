namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The problem messages every service shares (ServiceDefaults' own, and ASP.NET Core's titles for bare status codes),
/// keyed by their English: <c>SharedProblemMessages.resx</c> (English) and <c>SharedProblemMessages.fr.resx</c> (French).
/// </summary>
public sealed class SharedProblemMessages;
