namespace TheoremCheck.Claims;

/// <summary>Every claim of the suite, in THEORY order; `dotnet test` and `theoremcheck check` both read this list.</summary>
public static class ClaimRegistry
{
    public static IReadOnlyList<Claim> All { get; } = [.. ExactClaims.All, .. WideClaims.All];

    /// <summary>
    /// The claim with this name (any case) or, failing that, the only claim the name is a prefix of. An ambiguous prefix
    /// names the claims it matches; an unknown name suggests the closest ones.
    /// </summary>
    public static Claim Find(string name)
    {
        var exact = All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        var prefixed = All.Where(c => c.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (prefixed.Count == 1) return prefixed[0];
        if (prefixed.Count > 1)
            throw new ArgumentException($"'{name}' is ambiguous: it begins {string.Join(", ", prefixed.Select(c => c.Name))}; give more of the name.");
        var closest = All.Select(c => (c.Name, Distance: PrefixDistance(name.ToLowerInvariant(), c.Name.ToLowerInvariant())))
            .OrderBy(p => p.Distance).ThenBy(p => p.Name, StringComparer.Ordinal).Take(3).Select(p => p.Name);
        throw new ArgumentException($"unknown claim '{name}'; did you mean {string.Join(", ", closest)}? (check --list shows them all)");
    }

    /// <summary>How far <paramref name="typed"/> is from the name or from any beginning of it, since names are typed as prefixes.</summary>
    public static int PrefixDistance(string typed, string name) =>
        Enumerable.Range(1, name.Length).Min(length => EditDistance(typed, name[..length]));

    /// <summary>Levenshtein distance, for suggestions (a few dozen short names: no library needed).</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
