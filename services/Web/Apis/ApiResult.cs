using System.Diagnostics.CodeAnalysis;

namespace NatoAspire.Web.Apis;

/// <summary>What an API answered: the value on success, otherwise the problem to show the user.</summary>
public sealed class ApiResult<T>
{
    ApiResult(T? value, ApiProblem? problem) => (Value, Problem) = (value, problem);

    public T? Value { get; }
    public ApiProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static ApiResult<T> Success(T value) => new(value, null);
    public static ApiResult<T> Failure(ApiProblem problem) => new(default, problem);
}

/// <summary>The answer of a call that returns nothing on success.</summary>
public sealed record Done
{
    public static readonly Done Instance = new();
}
