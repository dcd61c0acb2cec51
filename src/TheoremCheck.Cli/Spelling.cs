namespace TheoremCheck.Cli;

/// <summary>"Did you mean" for mistyped option names and values: the candidates closest in edit distance.</summary>
public static class Spelling
{
    /// <summary>
    /// The candidates nearest to <paramref name="word"/> (case-insensitive Levenshtein distance), if the nearest is
    /// close enough to be a typo: at most 2 edits, or a third of the word for long words; a candidate that starts
    /// with the word (an unambiguous beginning) also counts.
    /// </summary>
    public static IReadOnlyList<string> Closest(string word, IEnumerable<string> candidates)
    {
        var list = candidates.Distinct().ToList();
        string w = word.ToLowerInvariant();
        var prefixed = list.Where(c => w.Trim('-').Length >= 2 && c.ToLowerInvariant().TrimStart('-').StartsWith(w.Trim('-'), StringComparison.Ordinal)).ToList();
        if (prefixed.Count is > 0 and <= 3) return prefixed;
        int limit = Math.Max(2, w.Length / 3);
        var scored = list.Select(c => (Candidate: c, Distance: Distance(w, c.ToLowerInvariant()))).Where(x => x.Distance <= limit).ToList();
        if (scored.Count == 0) return [];
        int best = scored.Min(x => x.Distance);
        return scored.Where(x => x.Distance == best).Select(x => x.Candidate).ToList();
    }

    /// <summary>" (did you mean --width?)", or "" when nothing is close.</summary>
    public static string Suggestion(string word, IEnumerable<string> candidates)
    {
        var close = Closest(word, candidates);
        return close.Count == 0 ? "" : $" (did you mean {string.Join(" or ", close)}?)";
    }

    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
