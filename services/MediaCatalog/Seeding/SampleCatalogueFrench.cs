namespace NatoAspire.MediaCatalog.Seeding;

// The French of the entries that have one, translated from the English beside them (SampleCatalogue.cs): typographic
// apostrophes, and no-break spaces inside guillemets and in 60 000, as French print has them.
public static partial class SampleCatalogue
{
    public const string StandardTermsFr =
        "Utilisation gratuite à des fins éditoriales dans les programmes d’information, d’actualité et documentaires, à l’antenne comme en ligne, sous réserve de la mention du crédit. Aucune utilisation à des fins publicitaires, de divertissement ou de campagne politique.";

    const string KosovoTitleFr = "Le Secrétaire général de l’OTAN en visite au Kosovo";

    const string KosovoSummaryFr =
        "Lord Robertson salue les progrès accomplis au Kosovo et estime que la réduction des effectifs de la KFOR en est la preuve.";

    const string KosovoDescriptionFr = """
        Lors d’une visite d’une journée dans la province, le 27 juin 2002, Lord Robertson a salué les progrès accomplis au Kosovo et a déclaré que le fait que l’OTAN puisse désormais réduire le nombre de ses soldats dans la région en témoignait.

        En mai 2002, l’OTAN a entrepris de rationaliser sa présence dans les Balkans. Ce processus passe notamment par la réduction des effectifs de la KFOR, la force internationale dirigée par l’OTAN qui est chargée d’assurer une présence de sécurité au Kosovo. « La réduction vise simplement à nous donner plus de souplesse dans l’emploi des 60 000 militaires déployés dans les Balkans », a déclaré Lord Robertson lors d’une conférence de presse, à l’issue de son entretien avec le Dr Bajram Rexhepi, Premier ministre du Kosovo.

        Le Secrétaire général a indiqué que la KFOR maintiendrait des effectifs suffisants pour garantir la sûreté et la sécurité de toute la population du Kosovo et favoriser le retour des réfugiés. Il a ajouté que cette réduction devait être envisagée au regard de l’efficacité accrue du Service de police du Kosovo. « Bon nombre des missions de police assurées au départ par la KFOR sont désormais bien entre les mains des autorités civiles, et le rôle de la KFOR dans ces domaines diminue à mesure que les institutions civiles se développent et se renforcent », a-t-il déclaré.
        """;
}
