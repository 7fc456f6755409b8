namespace NatoAspire.Identity.Tests.Support;

/// <summary>One set of servers and one identity host for every test class that needs them; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<IdentityHost>
{
    public const string Name = "Identity";
}
