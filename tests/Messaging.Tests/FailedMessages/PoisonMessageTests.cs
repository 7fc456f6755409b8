using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NatoAspire.Messaging.FailedMessages;
using NatoAspire.Messaging.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Messaging.Tests.FailedMessages;

/// <summary>A message that failed every retry shows in a gauge and a warning, and goes back to its consumer on demand.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class PoisonMessageTests(InfrastructureFixture infrastructure)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_message_that_failed_every_retry_is_counted_and_warned_about_then_moved_back_to_its_consumer()
    {
        var queue = $"poison-probe-{Guid.NewGuid():N}";
        var errorQueue = queue + "_error";
        var logs = new CapturedLogs();
        using var host = Build(queue, logs);
        await host.StartAsync();
        using var gauge = new GaugeReader(host.Services.GetRequiredService<IMeterFactory>(), ErrorQueueGauge.InstrumentName, ErrorQueueGauge.QueueTag);
        var cause = host.Services.GetRequiredService<Cause>();
        var messageId = NewId.NextGuid();
        var probe = new PoisonProbe(Guid.NewGuid(), SecretCode: "314159");

        await host.Services.GetRequiredService<IBus>().Publish(probe, context => context.MessageId = messageId);

        await gauge.WaitForAsync(errorQueue, 1, Patience);
        var warning = Assert.Single(logs.At(LogLevel.Warning, nameof(ErrorQueueMonitor)));
        Assert.Contains($"{errorQueue} holds 1 failed message", warning);
        Assert.DoesNotContain(probe.SecretCode, string.Join("\n", logs.At(LogLevel.Warning, nameof(ErrorQueueMonitor))));

        cause.Fix();
        var moved = await host.Services.GetRequiredService<ErrorQueueMover>().MoveAllBackAsync(CancellationToken.None);

        Assert.Equal(new MovedMessages(queue, 1), Assert.Single(moved));
        var received = await cause.ConsumedAsync(Patience);
        Assert.Equal(messageId, received.MessageId);
        Assert.Equal(probe, received.Message);
        Assert.Equal(0u, await host.Services.GetRequiredService<FailedMessageBroker>().MessageCountAsync(errorQueue, CancellationToken.None));
        await gauge.WaitForAsync(errorQueue, 0, Patience);
        // Going down is no news: still the one warning.
        Assert.Single(logs.At(LogLevel.Warning, nameof(ErrorQueueMonitor)));
        await host.StopAsync();
    }

    [Fact]
    public async Task While_the_broker_is_away_the_counts_report_nothing_and_one_warning_says_so_until_it_is_back()
    {
        await using var broker = new LateTcpRelay(new Uri(infrastructure.RabbitMqConnectionString).Port);
        var logs = new CapturedLogs();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.Configuration[$"{FailedMessageOptions.Section}:CheckInterval"] = "00:00:00.100";
        builder.Services.AddFailedMessageHandling(new Uri($"amqp://guest:guest@127.0.0.1:{broker.Port}/"));
        using var host = builder.Build();
        host.Services.GetRequiredService<ReceiveEndpointQueues>().Add("broker-away-probe");
        await host.StartAsync();
        using var gauge = new GaugeReader(host.Services.GetRequiredService<IMeterFactory>(), ErrorQueueGauge.InstrumentName, ErrorQueueGauge.QueueTag);

        // About fifteen failed counts.
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Empty(gauge.Read());
        var away = Assert.Single(logs.At(LogLevel.Warning, nameof(ErrorQueueMonitor)));
        Assert.Contains("Cannot count the failed messages", away);

        broker.Open();

        await gauge.WaitForAsync("broker-away-probe_error", 0, Patience);
        Assert.Single(logs.At(LogLevel.Information, nameof(ErrorQueueMonitor)), line => line.Contains("again"));
        Assert.Single(logs.At(LogLevel.Warning, nameof(ErrorQueueMonitor)));
        await host.StopAsync();
    }

    IHost Build(string queue, CapturedLogs logs)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.Configuration[$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = infrastructure.RabbitMqConnectionString;
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messaging:Retry:Limit"] = "0", // straight to _error
            [$"{FailedMessageOptions.Section}:CheckInterval"] = "00:00:00.200",
        });
        builder.Services.AddSingleton<Cause>();
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.AddMessaging(bus => bus.AddConsumer<PoisonProbeConsumer>().Endpoint(endpoint => endpoint.Name = queue));
        return builder.Build();
    }

    /// <param name="SecretCode">Stands for what real messages carry (codes, addresses): it must never reach a log line.</param>
    public sealed record PoisonProbe(Guid Id, string SecretCode);

    sealed class PoisonProbeConsumer(Cause cause) : IConsumer<PoisonProbe>
    {
        public Task Consume(ConsumeContext<PoisonProbe> context)
        {
            if (!cause.IsFixed) throw new InvalidOperationException("The cause of the failure is not fixed yet.");
            cause.Consumed(context.MessageId, context.Message);
            return Task.CompletedTask;
        }
    }

    /// <summary>What makes the consumer fail until the operator fixes it.</summary>
    sealed class Cause
    {
        readonly TaskCompletionSource<(Guid? MessageId, PoisonProbe Message)> consumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        volatile bool isFixed;

        public bool IsFixed => isFixed;

        public void Fix() => isFixed = true;

        public void Consumed(Guid? messageId, PoisonProbe message) => consumed.TrySetResult((messageId, message));

        public Task<(Guid? MessageId, PoisonProbe Message)> ConsumedAsync(TimeSpan patience) => consumed.Task.WaitAsync(patience);
    }
}
