using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NatoAspire.Messaging.FailedMessages;

/// <summary>
/// <c>POST /messaging/failed-messages/move-back</c>: the operator's way to run <see cref="ErrorQueueMover"/> in a running
/// service, which knows its own queues and broker. The dashboard's "Move failed messages back" command calls it; in
/// Kubernetes, <c>kubectl port-forward</c> reaches it. Only from loopback: the gateway routes nothing outside its own
/// paths here, and no other machine has any business replaying messages.
/// </summary>
public static class FailedMessageEndpoints
{
    public const string MoveBackPath = "/messaging/failed-messages/move-back";

    public static IEndpointRouteBuilder MapFailedMessageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(MoveBackPath, MoveBackAsync).ExcludeFromDescription();
        return app;
    }

    static async Task<IResult> MoveBackAsync(HttpContext http, ErrorQueueMover mover, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        if (!FromThisMachine(http))
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only from the service's own machine",
                detail: "Failed messages are moved back from loopback (the dashboard, or kubectl port-forward).",
                extensions: new Dictionary<string, object?> { ["code"] = "loopback_only" });
        try
        {
            var moved = await mover.MoveAllBackAsync(cancellationToken);
            return TypedResults.Ok(new { moved = moved.Sum(queue => queue.Moved), queues = moved });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logs.CreateLogger(typeof(FailedMessageEndpoints)).LogWarning(exception, "Moving failed messages back stopped; what was not moved stays in the error queues");
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The broker did not take the messages back",
                detail: "What was not moved stays in the error queues; try again once the broker answers.",
                extensions: new Dictionary<string, object?> { ["code"] = "broker_unavailable" });
        }
    }

    // Behind a proxy the peer would be the proxy: a forwarded request is never the operator's own.
    static bool FromThisMachine(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } peer && IPAddress.IsLoopback(peer)
        && !http.Request.Headers.ContainsKey("X-Forwarded-For") && !http.Request.Headers.ContainsKey("X-Original-For");
}
