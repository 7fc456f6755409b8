using Xunit.Abstractions;
using Xunit.Sdk;

namespace NatoAspire.EndToEnd;

/// <summary>
/// Runs a class's tests that stop replicas after the others: a replica started again takes traffic only as the
/// gateway renews its connections, and its logs start a new stream, so the tests that count what each replica did
/// come first.
/// </summary>
public sealed class StopTestsLast : ITestCaseOrderer
{
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.TestMethod.Method.Name.Contains("_stops_", StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);
}
