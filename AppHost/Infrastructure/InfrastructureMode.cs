namespace NatoAspire.AppHost.Infrastructure;

enum InfrastructureMode
{
    Containers,
    Local,
}
