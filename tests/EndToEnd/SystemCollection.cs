namespace NatoAspire.EndToEnd;

/// <summary>Every end-to-end test shares one running system: starting it is most of what a test costs.</summary>
[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "System";
}
