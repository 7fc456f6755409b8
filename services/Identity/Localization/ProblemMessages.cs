namespace NatoAspire.Identity.Localization;

/// <summary>
/// The French of every problem message this service writes, keyed by its English (<c>ProblemMessages.fr.resx</c>;
/// <c>ProblemMessages.resx</c> holds the English). ServiceDefaults' <see cref="Microsoft.Extensions.Hosting.ProblemTranslations"/>
/// applies them to each answer whose request asks for French.
/// </summary>
public sealed class ProblemMessages;
