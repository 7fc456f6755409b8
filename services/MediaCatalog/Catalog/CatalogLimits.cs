namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>Lengths the database and the validation agree on.</summary>
public static class CatalogLimits
{
    public const int TitleLength = 300;
    public const int SummaryLength = 2000;
    public const int DescriptionLength = 20000;
    public const int LocationLength = 200;
    public const int TopicLength = 60;
    public const int TopicCount = 20;
    public const int LabelLength = 80;
    public const int CodecLength = 40;
    public const int QueryLength = 200;
    public const int TranscriptLength = 100000;
    public const int CreditLength = 200;
    public const int TermsLength = 4000;
    public const int ShotCount = 500;
    public const int ShotDescriptionLength = 1000;
    public const int LanguageCount = 10;
    public const int MaxDurationSeconds = 7 * 24 * 3600;
}
