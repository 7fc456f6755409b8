namespace NatoAspire.Newsletter;

static class PostgresTime
{
    /// <summary>PostgreSQL keeps microseconds: an instant cut to them reads back exactly as it was answered.</summary>
    public static DateTimeOffset NowForPostgres(this TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
