using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Seeding;

/// <summary>The entries the catalogue ships with, in the style of NATO's newsroom.</summary>
public static partial class SampleCatalogue
{
    public const string StandardTerms =
        "Free of charge for editorial use in news, current affairs and documentary programmes, on air and online, " +
        "with the credit line shown. No use in advertising, entertainment or political campaigning.";

    const string KosovoTranscript = """
        LORD ROBERTSON: Reduction is simply designed to give us a greater flexibility to use the 60,000 troops in the Balkans.
        KFOR will leave sufficient troops to guarantee the safety and security of all the people in Kosovo and to encourage refugee returns.
        Many of the policing roles initially carried out by KFOR are now firmly in the hands of the civil authorities.
        And KFOR's role in these areas is diminishing as the civic institutions grow and strengthen.
        """;

    const string KosovoTranscriptFr = """
        LORD ROBERTSON : La réduction vise simplement à nous donner plus de souplesse dans l'emploi des 60 000 soldats présents dans les Balkans.
        La KFOR laissera suffisamment de troupes pour garantir la sûreté et la sécurité de toute la population du Kosovo et encourager le retour des réfugiés.
        Bon nombre des tâches de police assumées au départ par la KFOR sont désormais fermement entre les mains des autorités civiles.
        Et le rôle de la KFOR dans ces domaines diminue à mesure que les institutions civiles se développent et se renforcent.
        """;

    public static readonly Guid KosovoVisitId = Guid.Parse("0a6f1c52-2002-4627-9a01-000000000627");

    public static IReadOnlyList<SampleVideo> Videos => All.Value;

    // Built on first use, once both halves (in two files) are initialised. The first titled entry renders the whole
    // set; the others render only a proxy and poster with their own title burned in, and share its master, web file
    // and audio: one 1080 render at first start instead of six, which is most of a first start's CPU time.
    static readonly Lazy<IReadOnlyList<SampleVideo>> All = new(() =>
        [Titled![0], .. Titled.Skip(1).Select(v => v with { FilesOf = KosovoVisitId, OwnKinds = [FileKinds.Proxy] }), .. Newsroom!]);

    /// <summary>The entries with renders of their own at first start, their titles burned in.</summary>
    static IReadOnlyList<SampleVideo> Titled { get; } =
    [
        new(KosovoVisitId,
            "Secretary General visits Kosovo",
            "Lord Robertson welcomes the progress made in Kosovo and says that the reduction of KFOR troops is a testimony to that progress.",
            """
            During a one-day visit to the province on 27 June 2002, Lord Robertson welcomed the progress made in Kosovo and said that the fact that NATO can now reduce the number of troops in the area is a testimony to that progress.

            In May 2002 NATO began rationalising its presence in the Balkans. A part of that process is the reduction in size of KFOR, the NATO-led international force responsible for establishing a security presence in Kosovo. "Reduction is simply designed to give us a greater flexibility to use the 60,000 troops in the Balkans", Lord Robertson said at a press conference following his meeting with Dr Bajram Rexhepi, the Prime Minister of Kosovo.

            The Secretary General said that KFOR would leave sufficient troops to guarantee the safety and security of the all people in Kosovo and encourage refugee returns. He added that the reduction should be considered alongside the increased effectiveness of the Kosovo Police Service. "Many of the policing roles initially carried out by KFOR are now firmly in the hands of the civil authorities and KFOR's role in these areas is diminishing as the civic institutions grow and strengthen", he said.
            """,
            At(2002, 6, 27), "Pristina, Kosovo", ["Kosovo", "KFOR", "Secretary General", "Operations"],
            Renditions("0a6f1c52-2002-4627-9a01-0000000006a1", "0a6f1c52-2002-4627-9a01-0000000006a2"))
        {
            ShotList =
            [
                ("00:00:00", "Lord Robertson arrives by helicopter at KFOR headquarters, Pristina"),
                ("00:00:09", "The Commander of KFOR greets the Secretary General"),
                ("00:00:17", "Lord Robertson meets Dr Bajram Rexhepi, the Prime Minister of Kosovo"),
                ("00:00:31", "Wide shot of the press conference following the meeting"),
                ("00:00:38", "SOUNDBITE (English) Lord Robertson, NATO Secretary General, on the reduction of KFOR"),
                ("00:00:52", "Officers of the Kosovo Police Service on patrol in Pristina"),
                ("00:01:04", "SOUNDBITE (English) Lord Robertson on the policing roles handed to the civil authorities"),
                ("00:01:21", "KFOR soldiers at a checkpoint; vehicles pass"),
            ],
            Transcript = KosovoTranscript,
            Translations = new Dictionary<string, string> { ["fr"] = KosovoTranscriptFr },
            TextTranslations = new Dictionary<string, SampleTexts>
            {
                [PortalLanguages.French] = new(KosovoTitleFr, KosovoSummaryFr, KosovoDescriptionFr, StandardTermsFr),
            },
        },

        new(Guid.Parse("0a6f1c52-2002-4b21-9a02-000000001121"),
            "Prague Summit invites seven countries to join the Alliance",
            "At the Prague Summit, NATO Heads of State and Government invite Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia to begin accession talks.",
            """
            Meeting in Prague on 21 November 2002, the first NATO summit held in a former Warsaw Pact country, Allied leaders invited Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia to begin accession talks with the Alliance.

            The summit also launched the Prague Capabilities Commitment, in which Allies undertook to improve their capabilities in areas such as strategic air and sea lift, air-to-air refuelling and defence against chemical, biological, radiological and nuclear weapons, and decided to create a NATO Response Force.

            Footage shows the arrival of Heads of State and Government, the North Atlantic Council in session and the press conference of the Secretary General.
            """,
            At(2002, 11, 21), "Prague, Czech Republic", ["Summits", "Enlargement", "Capabilities"],
            Renditions("0a6f1c52-2002-4b21-9a02-0000000011a1", "0a6f1c52-2002-4b21-9a02-0000000011a2"))
        {
            ShotList =
            [
                ("00:00:00", "Heads of State and Government arrive at the Prague Congress Centre"),
                ("00:00:14", "The North Atlantic Council in session"),
                ("00:00:29", "Press conference of the Secretary General"),
            ],
        },

        new(Guid.Parse("0a6f1c52-2002-4528-9a03-000000000528"),
            "NATO-Russia Council established at Pratica di Mare",
            "Allied leaders and the President of Russia sign the Rome Declaration, creating the NATO-Russia Council.",
            """
            On 28 May 2002, at Pratica di Mare air base near Rome, the Heads of State and Government of the NATO member countries and the Russian Federation signed the declaration "NATO-Russia Relations: a New Quality", establishing the NATO-Russia Council.

            In the new Council, NATO member states and Russia work together as equal partners in areas of common interest, including the struggle against terrorism, crisis management, non-proliferation, arms control, theatre missile defence, search and rescue at sea, military-to-military cooperation and civil emergencies.

            Footage shows the signing ceremony and the first meeting of the Council at the level of Heads of State and Government.
            """,
            At(2002, 5, 28), "Pratica di Mare, Italy", ["Partnerships", "NATO-Russia Council", "Summits"],
            Renditions("0a6f1c52-2002-4528-9a03-0000000005a1", "0a6f1c52-2002-4528-9a03-0000000005a2"))
        {
            ShotList =
            [
                ("00:00:00", "Leaders sign the Rome Declaration at Pratica di Mare air base"),
                ("00:00:16", "First meeting of the NATO-Russia Council at the level of Heads of State and Government"),
            ],
        },

        new(Guid.Parse("0a6f1c52-2003-4811-9a04-000000000811"),
            "NATO takes command of ISAF in Kabul",
            "NATO assumes leadership of the International Security Assistance Force in Afghanistan, its first operational commitment beyond the Euro-Atlantic area.",
            """
            On 11 August 2003 NATO took over the command and coordination of the International Security Assistance Force (ISAF), which operates in and around Kabul under a mandate of the United Nations Security Council.

            Until then ISAF had been led by individual Allies in six-month rotations. NATO's leadership gives the force a permanent headquarters and ends the search for a new lead nation every six months. It is the Alliance's first operational commitment beyond the Euro-Atlantic area.

            Footage shows the handover ceremony at ISAF headquarters in Kabul and patrols in the city.
            """,
            At(2003, 8, 11), "Kabul, Afghanistan", ["Operations", "Afghanistan", "ISAF"],
            Renditions("0a6f1c52-2003-4811-9a04-0000000008a1", "0a6f1c52-2003-4811-9a04-0000000008a2"))
        {
            ShotList =
            [
                ("00:00:00", "Handover ceremony at ISAF headquarters in Kabul"),
                ("00:00:18", "ISAF soldiers on patrol in the streets of Kabul"),
            ],
            Restrictions = "Patrol footage shows local residents: blur faces before broadcast outside news programmes.",
        },

        new(Guid.Parse("0a6f1c52-2004-4402-9a05-000000000402"),
            "Flags of seven new members raised at NATO Headquarters",
            "The flags of Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia are raised at NATO Headquarters in Brussels.",
            """
            Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia became members of NATO on 29 March 2004, when they deposited their instruments of accession with the Government of the United States in Washington.

            On 2 April 2004 the seven countries' flags were raised at NATO Headquarters in Brussels in a ceremony attended by the foreign ministers of the Alliance, which now counts 26 members. It is the largest round of enlargement in NATO's history.

            Footage shows the flag-raising ceremony and the meeting of the North Atlantic Council with the new members.
            """,
            At(2004, 4, 2), "Brussels, Belgium", ["Enlargement", "Ceremonies"],
            Renditions("0a6f1c52-2004-4402-9a05-0000000004a1", "0a6f1c52-2004-4402-9a05-0000000004a2"))
        {
            ShotList =
            [
                ("00:00:00", "The flags of the seven new members are raised at NATO Headquarters"),
                ("00:00:20", "The North Atlantic Council meets with the new members"),
            ],
            Languages = ["en", "fr"],
        },

        new(Guid.Parse("0a6f1c52-2001-4912-9a06-000000000912"),
            "North Atlantic Council invokes Article 5 for the first time",
            "The day after the attacks on the United States, the North Atlantic Council agrees that an armed attack directed from abroad would be regarded as covered by Article 5 of the Washington Treaty.",
            """
            On 12 September 2001, the day after the terrorist attacks against the United States, the North Atlantic Council met in Brussels and agreed that if it was determined that the attack was directed from abroad, it would be regarded as an action covered by Article 5 of the Washington Treaty, under which an armed attack against one or more of the Allies is considered an attack against them all.

            On 2 October 2001 the Council was briefed on the results of the investigations and determined that the attack was to be regarded as covered by Article 5. It was the first time in the history of the Alliance that the collective defence clause was invoked.

            Footage shows the Secretary General's statement to the press at NATO Headquarters.
            """,
            At(2001, 9, 12), "Brussels, Belgium", ["Collective defence", "Article 5", "Terrorism"],
            Renditions("0a6f1c52-2001-4912-9a06-0000000009a1", "0a6f1c52-2001-4912-9a06-0000000009a2"))
        {
            ShotList = [("00:00:00", "The Secretary General's statement to the press at NATO Headquarters")],
            Credit = "NATO / Belga",
            Restrictions = "Contains third-party material (Belga): not for reuse outside news and current affairs.",
        },
    ];

    static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 16, 0, 0, TimeSpan.Zero);

    /// <summary>Four renditions; the web and audio ids follow the master's, ending in 3 and 4.</summary>
    static IReadOnlyList<SampleFile> Renditions(string masterId, string proxyId) =>
    [
        new(Guid.Parse(masterId), FileKinds.Master, "Broadcast master, XDCAM HD422 1080i25"),
        new(Guid.Parse(masterId[..^1] + "3"), FileKinds.Web, "Web, H.264 1080p25"),
        new(Guid.Parse(proxyId), FileKinds.Proxy, "Proxy 360p"),
        new(Guid.Parse(masterId[..^1] + "4"), FileKinds.Audio, "Audio, WAV 48 kHz 24-bit"),
    ];
}
