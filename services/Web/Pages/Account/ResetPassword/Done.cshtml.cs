using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Navigation;

namespace NatoAspire.Web.Pages.Account.ResetPassword;

public sealed class DoneModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string LoginLink => $"/account/login?returnUrl={Uri.EscapeDataString(LocalReturnUrl.OrHome(ReturnUrl))}";

    public void OnGet() { }
}
