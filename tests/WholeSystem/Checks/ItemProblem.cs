namespace NatoAspire.WholeSystem.Checks;

/// <summary>An item of the load that the final check did not find as it should be: lost, or there twice.</summary>
public sealed record ItemProblem(int Phase, string What, bool Duplicated);
