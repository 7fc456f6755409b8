namespace NatoAspire.Web.Localization;

/// <summary>
/// Names the pages' resource files (PageText.resx in English, PageText.fr.resx in French). Each key is the English
/// text itself, so that a view reads as its page does; the English file still holds every key, so that the two files
/// can be compared key for key.
/// </summary>
public sealed class PageText;
