using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NatoAspire.Messaging.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Messaging.Tests.Retry;

/// <summary>Messaging:Retry decides how often a failing consumer is tried before its message is given up.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class RetryTests(InfrastructureFixture infrastructure)
{
    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public async Task A_failing_consumer_is_tried_once_plus_the_configured_retries_then_the_message_faults(int limit)
    {
        using var host = await StartAsync(new Dictionary<string, string?>
        {
            ["Messaging:Retry:Limit"] = limit.ToString(),
            ["Messaging:Retry:MinInterval"] = "00:00:00.050",
            ["Messaging:Retry:MaxInterval"] = "00:00:00.200",
            ["Messaging:Retry:IntervalDelta"] = "00:00:00.050",
        });
        var attempts = host.Services.GetRequiredService<Attempts>();
        var id = Guid.NewGuid();

        await host.Services.GetRequiredService<IBus>().Publish(new FailingProbe(id));

        await attempts.FaultedAsync(id, TimeSpan.FromSeconds(30));
        // Nothing tries it again after the fault.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1 + limit, attempts.Of(id));
    }

    [Theory]
    [InlineData("Limit", "-1")]
    [InlineData("MaxInterval", "00:00:00.100")] // below the default MinInterval of 200 ms
    [InlineData("IntervalDelta", "00:00:00")]
    public async Task A_retry_setting_that_makes_no_sense_stops_the_host_at_start(string setting, string value)
    {
        using var host = Build(new Dictionary<string, string?> { [$"Messaging:Retry:{setting}"] = value });

        var failure = await Record.ExceptionAsync(() => host.StartAsync());

        Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(failure);
    }

    async Task<IHost> StartAsync(Dictionary<string, string?> settings)
    {
        var host = Build(settings);
        await host.StartAsync();
        return host;
    }

    IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Critical);
        builder.Configuration[$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = infrastructure.RabbitMqConnectionString;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<Attempts>();
        // The endpoints are bound before StartAsync returns, so nothing published afterwards is lost.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<FailingConsumer>();
            bus.AddConsumer<FaultWatcher>();
        });
        return builder.Build();
    }

    public sealed record FailingProbe(Guid Id);

    sealed class FailingConsumer(Attempts attempts) : IConsumer<FailingProbe>
    {
        public Task Consume(ConsumeContext<FailingProbe> context)
        {
            attempts.Count(context.Message.Id);
            throw new InvalidOperationException("This consumer always fails.");
        }
    }

    sealed class FaultWatcher(Attempts attempts) : IConsumer<Fault<FailingProbe>>
    {
        public Task Consume(ConsumeContext<Fault<FailingProbe>> context)
        {
            attempts.Faulted(context.Message.Message.Id);
            return Task.CompletedTask;
        }
    }

    sealed class Attempts
    {
        readonly Dictionary<Guid, int> counts = [];
        readonly Dictionary<Guid, TaskCompletionSource> faults = [];

        public void Count(Guid id)
        {
            lock (counts) counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        public int Of(Guid id)
        {
            lock (counts) return counts.GetValueOrDefault(id);
        }

        public void Faulted(Guid id) => Fault(id).TrySetResult();

        public async Task FaultedAsync(Guid id, TimeSpan patience)
        {
            var stopwatch = Stopwatch.StartNew();
            try
            {
                await Fault(id).Task.WaitAsync(patience);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"No fault for {id} within {stopwatch.Elapsed}; attempts so far: {Of(id)}.");
            }
        }

        TaskCompletionSource Fault(Guid id)
        {
            lock (faults)
            {
                if (!faults.TryGetValue(id, out var fault))
                    faults[id] = fault = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return fault;
            }
        }
    }
}
