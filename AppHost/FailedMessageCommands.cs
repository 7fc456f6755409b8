using System.Net.Http.Json;
using System.Text.Json;

namespace NatoAspire.AppHost;

/// <summary>
/// "Move failed messages back" on each service that consumes messages: the service's own mover (services/Messaging
/// FailedMessages/) takes what failed every retry out of its <c>_error</c> queues and puts it back in their queues.
/// The same endpoint serves Kubernetes through <c>kubectl port-forward</c>, so there is one mover.
/// </summary>
static class FailedMessageCommands
{
    public const string MoveFailedMessagesBack = "move-failed-messages-back";

    /// <summary>services/Messaging's FailedMessageEndpoints.MoveBackPath; the end-to-end test of the command fails if they drift.</summary>
    const string MoveBackPath = "/messaging/failed-messages/move-back";

    public static IResourceBuilder<ProjectResource> WithMoveFailedMessagesBackCommand(this IResourceBuilder<ProjectResource> service) =>
        service.WithHttpCommand(MoveBackPath, "Move failed messages back", endpointName: "http", commandName: MoveFailedMessagesBack,
            commandOptions: new HttpCommandOptions
            {
                Method = HttpMethod.Post,
                Description = "Moves the messages that failed every retry from this service's _error queues back to their queues.",
                ConfirmationMessage = "Move this service's failed messages back to their queues? Fix what made them fail first, or they fail again.",
                IconName = "ArrowUndo",
                GetCommandResult = async context =>
                {
                    if (!context.Response.IsSuccessStatusCode)
                        return CommandResults.Failure($"The service answered {(int)context.Response.StatusCode}; what was not moved stays in the _error queues.");
                    var result = await context.Response.Content.ReadFromJsonAsync<JsonElement>(context.CancellationToken);
                    var queues = result.GetProperty("queues").EnumerateArray()
                        .Where(queue => queue.GetProperty("moved").GetInt32() > 0)
                        .Select(queue => $"{queue.GetProperty("queue").GetString()} {queue.GetProperty("moved").GetInt32()}");
                    var moved = result.GetProperty("moved").GetInt32();
                    return CommandResults.Success(moved == 0
                        ? "No failed messages were waiting."
                        : $"Moved {moved} message(s) back: {string.Join(", ", queues)}.");
                },
            });
}
