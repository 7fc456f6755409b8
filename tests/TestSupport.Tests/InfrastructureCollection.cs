namespace NatoAspire.TestSupport.Tests;

/// <summary>One set of servers for every test class in the collection; their tests run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "Infrastructure";
}
