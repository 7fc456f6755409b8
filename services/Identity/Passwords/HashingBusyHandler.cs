using Microsoft.AspNetCore.Diagnostics;
using NatoAspire.Identity.Api;

namespace NatoAspire.Identity.Passwords;

/// <summary>
/// Answers a request whose password could not be hashed because the hashing queue was full (<see cref="HashingThreads"/>):
/// 503 <c>service_unavailable</c> with <c>Retry-After: 1</c>, as a problem like every other. Every caller hashes before
/// it changes anything (a registration, a reset, a session), so the client may simply try again.
/// </summary>
sealed class HashingBusyHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not HashingBusyException) return false;
        var problem = AccountProblems.HashingBusyDetails(context.Response);
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
