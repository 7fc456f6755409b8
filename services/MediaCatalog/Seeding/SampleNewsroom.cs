using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Seeding;

public static partial class SampleCatalogue
{
    static readonly Guid Prague = Guid.Parse("0a6f1c52-2002-4b21-9a02-000000001121");
    static readonly Guid Kabul = Guid.Parse("0a6f1c52-2003-4811-9a04-000000000811");
    static readonly Guid Flags = Guid.Parse("0a6f1c52-2004-4402-9a05-000000000402");

    /// <summary>Metadata-only entries in the style of NATO's newsroom, sharing the rendered files of the first six.</summary>
    static IReadOnlyList<SampleVideo> Newsroom { get; } =
    [
        Story("1999-4312-9a07", At(1999, 3, 12), Flags, "Czech Republic, Hungary and Poland join NATO",
            "The three countries become the first former Warsaw Pact members to join the Alliance.",
            "Independence, United States", ["Enlargement", "Ceremonies"],
            "The foreign ministers deposit their instruments of accession at the Harry S. Truman Library"),
        Story("1999-4424-9a08", At(1999, 4, 24), Prague, "Washington Summit marks NATO's 50th anniversary",
            "Allied leaders adopt a new Strategic Concept and launch the Membership Action Plan.",
            "Washington, United States", ["Summits", "Strategic Concept"],
            "Heads of State and Government gather at the Andrew W. Mellon Auditorium"),
        Story("1999-4612-9a09", At(1999, 6, 12), Kabul, "KFOR enters Kosovo",
            "The NATO-led Kosovo Force deploys into Kosovo under United Nations Security Council Resolution 1244.",
            "Pristina, Kosovo", ["Kosovo", "KFOR", "Operations"],
            "KFOR vehicles cross into Kosovo; residents line the road"),
        Story("2004-4628-9a10", At(2004, 6, 28), Prague, "Istanbul Summit expands ISAF across Afghanistan",
            "Allied leaders agree to extend the International Security Assistance Force beyond Kabul.",
            "Istanbul, Türkiye", ["Summits", "Afghanistan", "ISAF"],
            "Leaders arrive for the summit session"),
        Story("2004-4c02-9a11", At(2004, 12, 2), Kabul, "SFOR completes its mission in Bosnia and Herzegovina",
            "NATO concludes the Stabilisation Force after nine years; the European Union's Operation Althea takes over.",
            "Sarajevo, Bosnia and Herzegovina", ["Operations", "Partnerships"],
            "Closing ceremony at Camp Butmir"),
        Story("2006-4b29-9a12", At(2006, 11, 29), Prague, "Riga Summit, the first held in a former Soviet republic",
            "Allied leaders review operations in Afghanistan and endorse the Comprehensive Political Guidance.",
            "Riga, Latvia", ["Summits", "Afghanistan"],
            "Leaders meet in the North Atlantic Council"),
        Story("2008-4403-9a13", At(2008, 4, 3), Prague, "Bucharest Summit invites Albania and Croatia",
            "Allied leaders invite Albania and Croatia to begin accession talks with the Alliance.",
            "Bucharest, Romania", ["Summits", "Enlargement"],
            "Press conference of the Secretary General"),
        Story("2009-4401-9a14", At(2009, 4, 1), Flags, "Albania and Croatia join NATO",
            "The Alliance grows to 28 members as Albania and Croatia complete their accession.",
            "Brussels, Belgium", ["Enlargement", "Ceremonies"],
            "Flag-raising ceremony at NATO Headquarters"),
        Story("2009-4404-9a15", At(2009, 4, 4), Prague, "Strasbourg-Kehl Summit marks 60 years of the Alliance",
            "France and Germany co-host the summit that marks NATO's 60th anniversary.",
            "Strasbourg, France", ["Summits"],
            "Leaders walk across the Rhine bridge between Kehl and Strasbourg"),
        Story("2010-4b19-9a16", At(2010, 11, 19), Prague, "Lisbon Summit adopts a new Strategic Concept",
            "Allied leaders adopt \"Active Engagement, Modern Defence\", the Alliance's Strategic Concept.",
            "Lisbon, Portugal", ["Summits", "Strategic Concept", "Collective defence"],
            "The Secretary General presents the Strategic Concept to the press"),
        Story("2011-4331-9a17", At(2011, 3, 31), Kabul, "NATO takes sole command of operations over Libya",
            "Operation Unified Protector enforces the arms embargo, the no-fly zone and the protection of civilians.",
            "Naples, Italy", ["Operations"],
            "Briefing at Allied Joint Force Command Naples"),
        Story("2014-4904-9a18", At(2014, 9, 4), Prague, "Wales Summit agrees the Readiness Action Plan",
            "Allies agree to raise defence spending and to strengthen NATO's collective defence.",
            "Newport, United Kingdom", ["Summits", "Collective defence", "Capabilities"],
            "Leaders watch a flypast over the Celtic Manor resort"),
        Story("2017-4605-9a19", At(2017, 6, 5), Flags, "Montenegro becomes NATO's 29th member",
            "The flag of Montenegro is raised at NATO Headquarters.",
            "Brussels, Belgium", ["Enlargement", "Ceremonies"],
            "Flag-raising ceremony at NATO Headquarters"),
    ];

    /// <summary>An entry whose ids come from one key: "0a6f1c52-{key}-0000000000a0", its files ending a1 to a4.</summary>
    static SampleVideo Story(
        string key, DateTimeOffset publishedAt, Guid filesOf, string title, string summary, string location,
        IReadOnlyList<string> topics, string firstShot)
    {
        var id = $"0a6f1c52-{key}-0000000000a";
        return new SampleVideo(Guid.Parse(id + "0"), title, summary, $"{summary}\n\nShot list: {firstShot}.",
            publishedAt, location, topics,
        [
            new(Guid.Parse(id + "1"), FileKinds.Master, "Broadcast master, XDCAM HD422 1080i25"),
            new(Guid.Parse(id + "3"), FileKinds.Web, "Web, H.264 1080p25"),
            new(Guid.Parse(id + "2"), FileKinds.Proxy, "Proxy 360p"),
            new(Guid.Parse(id + "4"), FileKinds.Audio, "Audio, WAV 48 kHz 24-bit"),
        ])
        {
            ShotList = [("00:00:00", firstShot)],
            FilesOf = filesOf,
        };
    }
}
