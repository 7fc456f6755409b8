namespace NatoAspire.MediaCatalog.Seeding;

/// <summary>The entries the catalogue ships with, in the style of NATO's newsroom.</summary>
public static class SampleCatalogue
{
    public static readonly Guid KosovoVisitId = Guid.Parse("0a6f1c52-2002-4627-9a01-000000000627");

    public static IReadOnlyList<SampleVideo> Videos { get; } =
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
            Renditions("0a6f1c52-2002-4627-9a01-0000000006a1", "0a6f1c52-2002-4627-9a01-0000000006a2")),

        new(Guid.Parse("0a6f1c52-2002-4b21-9a02-000000001121"),
            "Prague Summit invites seven countries to join the Alliance",
            "At the Prague Summit, NATO Heads of State and Government invite Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia to begin accession talks.",
            """
            Meeting in Prague on 21 November 2002, the first NATO summit held in a former Warsaw Pact country, Allied leaders invited Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia to begin accession talks with the Alliance.

            The summit also launched the Prague Capabilities Commitment, in which Allies undertook to improve their capabilities in areas such as strategic air and sea lift, air-to-air refuelling and defence against chemical, biological, radiological and nuclear weapons, and decided to create a NATO Response Force.

            Footage shows the arrival of Heads of State and Government, the North Atlantic Council in session and the press conference of the Secretary General.
            """,
            At(2002, 11, 21), "Prague, Czech Republic", ["Summits", "Enlargement", "Capabilities"],
            Renditions("0a6f1c52-2002-4b21-9a02-0000000011a1", "0a6f1c52-2002-4b21-9a02-0000000011a2")),

        new(Guid.Parse("0a6f1c52-2002-4528-9a03-000000000528"),
            "NATO-Russia Council established at Pratica di Mare",
            "Allied leaders and the President of Russia sign the Rome Declaration, creating the NATO-Russia Council.",
            """
            On 28 May 2002, at Pratica di Mare air base near Rome, the Heads of State and Government of the NATO member countries and the Russian Federation signed the declaration "NATO-Russia Relations: a New Quality", establishing the NATO-Russia Council.

            In the new Council, NATO member states and Russia work together as equal partners in areas of common interest, including the struggle against terrorism, crisis management, non-proliferation, arms control, theatre missile defence, search and rescue at sea, military-to-military cooperation and civil emergencies.

            Footage shows the signing ceremony and the first meeting of the Council at the level of Heads of State and Government.
            """,
            At(2002, 5, 28), "Pratica di Mare, Italy", ["Partnerships", "NATO-Russia Council", "Summits"],
            Renditions("0a6f1c52-2002-4528-9a03-0000000005a1", "0a6f1c52-2002-4528-9a03-0000000005a2")),

        new(Guid.Parse("0a6f1c52-2003-4811-9a04-000000000811"),
            "NATO takes command of ISAF in Kabul",
            "NATO assumes leadership of the International Security Assistance Force in Afghanistan, its first operational commitment beyond the Euro-Atlantic area.",
            """
            On 11 August 2003 NATO took over the command and coordination of the International Security Assistance Force (ISAF), which operates in and around Kabul under a mandate of the United Nations Security Council.

            Until then ISAF had been led by individual Allies in six-month rotations. NATO's leadership gives the force a permanent headquarters and ends the search for a new lead nation every six months. It is the Alliance's first operational commitment beyond the Euro-Atlantic area.

            Footage shows the handover ceremony at ISAF headquarters in Kabul and patrols in the city.
            """,
            At(2003, 8, 11), "Kabul, Afghanistan", ["Operations", "Afghanistan", "ISAF"],
            Renditions("0a6f1c52-2003-4811-9a04-0000000008a1", "0a6f1c52-2003-4811-9a04-0000000008a2")),

        new(Guid.Parse("0a6f1c52-2004-4402-9a05-000000000402"),
            "Flags of seven new members raised at NATO Headquarters",
            "The flags of Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia are raised at NATO Headquarters in Brussels.",
            """
            Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia became members of NATO on 29 March 2004, when they deposited their instruments of accession with the Government of the United States in Washington.

            On 2 April 2004 the seven countries' flags were raised at NATO Headquarters in Brussels in a ceremony attended by the foreign ministers of the Alliance, which now counts 26 members. It is the largest round of enlargement in NATO's history.

            Footage shows the flag-raising ceremony and the meeting of the North Atlantic Council with the new members.
            """,
            At(2004, 4, 2), "Brussels, Belgium", ["Enlargement", "Ceremonies"],
            Renditions("0a6f1c52-2004-4402-9a05-0000000004a1", "0a6f1c52-2004-4402-9a05-0000000004a2")),

        new(Guid.Parse("0a6f1c52-2001-4912-9a06-000000000912"),
            "North Atlantic Council invokes Article 5 for the first time",
            "The day after the attacks on the United States, the North Atlantic Council agrees that an armed attack directed from abroad would be regarded as covered by Article 5 of the Washington Treaty.",
            """
            On 12 September 2001, the day after the terrorist attacks against the United States, the North Atlantic Council met in Brussels and agreed that if it was determined that the attack was directed from abroad, it would be regarded as an action covered by Article 5 of the Washington Treaty, under which an armed attack against one or more of the Allies is considered an attack against them all.

            On 2 October 2001 the Council was briefed on the results of the investigations and determined that the attack was to be regarded as covered by Article 5. It was the first time in the history of the Alliance that the collective defence clause was invoked.

            Footage shows the Secretary General's statement to the press at NATO Headquarters.
            """,
            At(2001, 9, 12), "Brussels, Belgium", ["Collective defence", "Article 5", "Terrorism"],
            Renditions("0a6f1c52-2001-4912-9a06-0000000009a1", "0a6f1c52-2001-4912-9a06-0000000009a2")),
    ];

    static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 16, 0, 0, TimeSpan.Zero);

    static IReadOnlyList<SampleFile> Renditions(string masterId, string proxyId) =>
    [
        new(Guid.Parse(masterId), "HD 1080p25 master", 1920, 1080, 25),
        new(Guid.Parse(proxyId), "Proxy 360p", 640, 360, 25),
    ];
}
