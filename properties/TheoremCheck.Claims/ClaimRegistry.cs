namespace TheoremCheck.Claims;

/// <summary>Every claim of the suite, in THEORY order; `dotnet test` and `theoremcheck check` both read this list.</summary>
public static class ClaimRegistry
{
    public static IReadOnlyList<Claim> All { get; } = [.. ExactClaims.All, .. WideClaims.All];

    public static Claim Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown claim '{name}'; one of {string.Join(", ", All.Select(c => c.Name))}.");
}
