using System.Net;
using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages.Videos;

public sealed class DetailsModel(MediaCatalogApi media) : PortalPageModel
{
    public Video Video { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await media.GetAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            return result.Problem.Status == HttpStatusCode.NotFound ? NotFound() : StatusCode((int)result.Problem.Status);
        }
        Video = result.Value;
        return Page();
    }
}
