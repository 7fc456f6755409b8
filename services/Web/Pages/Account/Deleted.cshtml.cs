namespace NatoAspire.Web.Pages.Account;

public sealed class DeletedModel : PortalPageModel
{
    public void OnGet() { }
}
