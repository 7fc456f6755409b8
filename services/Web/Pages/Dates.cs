using System.Globalization;
using Microsoft.Extensions.Localization;

namespace NatoAspire.Web.Pages;

/// <summary>Dates as the page's language writes them: "27 June 2002", « 27 juin 2002 ».</summary>
public static class Dates
{
    public static string Day(DateTimeOffset at) => at.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A moment in UTC, the pattern itself from the resources ("27 June 2002, 14:05 UTC", « 27 juin 2002 à 14:05 UTC »).</summary>
    public static string Moment(DateTimeOffset at, IStringLocalizer text) =>
        at.ToUniversalTime().ToString(text["d MMMM yyyy, HH:mm 'UTC'"], CultureInfo.CurrentCulture);
}
