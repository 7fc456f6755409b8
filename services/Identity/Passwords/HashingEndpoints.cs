namespace NatoAspire.Identity.Passwords;

public static class HashingEndpoints
{
    /// <summary>
    /// The endpoint hashes a password, so it may answer 503 <c>service_unavailable</c> with <c>Retry-After</c> when the
    /// hashing queue is full (<see cref="HashingBusyHandler"/>); the OpenAPI document lists that answer beside the others.
    /// </summary>
    public static RouteHandlerBuilder HashesPasswords(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
