using NatoAspire.TestSupport;

namespace NatoAspire.Messaging.Tests.Support;

/// <summary>One PostgreSQL and RabbitMQ for every test class in the collection; their tests run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "Infrastructure";
}
