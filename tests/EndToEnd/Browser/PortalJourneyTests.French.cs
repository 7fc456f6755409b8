using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NatoAspire.EndToEnd.Browser;

/// <summary>The same journey with a browser set to French (CONTRACT §7): every page in French, with no choice to make.</summary>
public sealed partial class PortalJourneyTests
{
    /// <summary>What the pages say of <see cref="SystemFixture.CodeLifetime"/> in French.</summary>
    const string FrenchCodeValiditySentence = "Ce code expirera dans 10 minutes.";

    [Fact]
    public async Task A_French_visitor_registers_verifies_resets_the_password_and_downloads_a_video_all_in_French()
    {
        var email = $"visiteur-{Guid.NewGuid():N}@example.org";
        var inbox = new Inbox(system.Mailbox, email);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = system.Gateway.BaseAddress!.ToString(), AcceptDownloads = true, Locale = "fr-FR",
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        ILocator Exactly(string label) => page.GetByLabel(label, new() { Exact = true });
        // The emails may speak either language: the code is the next message this address gets, whatever its subject.
        const string AnySubject = "";

        await RunAsync(page, async () =>
        {
            // The catalogue, in French from the browser's language; the switch goes to English and back
            await page.GotoAsync("/");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accédez gratuitement aux vidéos de qualité broadcast de l’OTAN" })).ToBeVisibleAsync();
            await Expect(page.GetByText("COMPTE MULTIMÉDIA DE L’OTAN")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access NATO’s broadcast-quality video content free of charge" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");

            // Créer un compte
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "S’inscrire" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Créer un compte" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Le mot de passe doit comporter au moins 12 caractères, sans espace, et contenir des majuscules et des minuscules, des chiffres et des symboles.")).ToBeVisibleAsync();
            await Exactly("Prénom").FillAsync("Amélie");
            await Exactly("Nom").FillAsync("Durand");
            await Exactly("Organisation (facultatif)").FillAsync("Service de presse");
            await Exactly("Adresse électronique").FillAsync(email);
            await Exactly("Mot de passe").FillAsync(FirstPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Créer un compte" }).ClickAsync();

            // Vérifiez votre boîte de réception; a new code asked for too early says how long to wait, in French
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vérifiez votre boîte de réception et saisissez le code de vérification" })).ToBeVisibleAsync();
            await Expect(page.GetByText(FrenchCodeValiditySentence)).ToBeVisibleAsync();
            await Expect(page.GetByText("Vous n’avez pas reçu de code\u202f?")).ToBeVisibleAsync();
            var code = await inbox.NextCodeAsync(AnySubject);
            await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer un nouveau code" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Un nouveau code pourra être envoyé dans");
            await Exactly("Code de vérification").FillAsync(code);
            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();

            // Votre compte a bien été créé
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Votre compte a bien été créé" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Vous pouvez désormais télécharger les vidéos de notre site")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Abonnez-vous à notre lettre d’information" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "S’abonner" })).ToBeVisibleAsync();

            // A video, anonymous, dated in French: log in to download, forgot the password
            await page.GotoAsync("/");
            await Expect(page.Locator(".video-card time").First).ToHaveTextAsync(FrenchDate());
            await page.Locator(".video-card").First.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link).ClickAsync();
            var videoPath = new Uri(page.Url).AbsolutePath;
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Téléchargements" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Connectez-vous pour télécharger" }).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Se connecter" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Réinitialiser le mot de passe" }).ClickAsync();
            await Expect(page.GetByText("Saisissez l’adresse électronique de votre compte et nous vous enverrons un code pour réinitialiser votre mot de passe.")).ToBeVisibleAsync();
            await Exactly("Adresse électronique").FillAsync(email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Réinitialiser le mot de passe" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vérifiez votre boîte de réception et saisissez le code de vérification" })).ToBeVisibleAsync();
            await Expect(page.GetByText(FrenchCodeValiditySentence)).ToBeVisibleAsync();
            await Exactly("Code de vérification").FillAsync(await inbox.NextCodeAsync(AnySubject));
            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Créer un nouveau mot de passe" })).ToBeVisibleAsync();
            await Exactly("Nouveau mot de passe").FillAsync(SecondPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le nouveau mot de passe" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Votre mot de passe a été mis à jour" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Revenir et se connecter" }).ClickAsync();

            // Back on the video, logged in with the new password
            await Exactly("Adresse électronique").FillAsync(email);
            await Exactly("Mot de passe").FillAsync(SecondPassword);
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(videoPath) + "$"));
            await Expect(page.GetByText("En téléchargeant, vous acceptez les conditions d’utilisation ci-dessus")).ToBeVisibleAsync();

            // Télécharger: the bytes are the catalogued ones
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Télécharger ") }).First.ClickAsync());
            var saved = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
            await download.SaveAsAsync(saved);
            try
            {
                await using var file = File.OpenRead(saved);
                Assert.Contains(Convert.ToHexStringLower(await SHA256.HashDataAsync(file)), await CataloguedHashesAsync(videoPath));
            }
            finally { File.Delete(saved); }

            await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Mes téléchargements" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mes téléchargements" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Conditions d’utilisation acceptées le" })).ToBeVisibleAsync();
        });
    }

    /// <summary>A day as French writes it: « 27 juin 2002 ».</summary>
    [GeneratedRegex(@"^\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$")]
    private static partial Regex FrenchDate();
}
