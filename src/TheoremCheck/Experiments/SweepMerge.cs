using System.Text.Json.Nodes;

namespace TheoremCheck.Experiments;

/// <summary>
/// Combines the parts of a sharded sweep into one: the parts must belong to the same plan and together
/// hold every run; a run present in two parts must have the same numbers in both.
/// </summary>
public static class SweepMerge
{
    /// <summary>Checks the parts and writes every run into a new store at <paramref name="target"/>.</summary>
    public static SweepStore Combine(IReadOnlyList<SweepStore> parts, string target, JsonObject? provenance = null)
    {
        if (parts.Count == 0) throw new ArgumentException("Merging needs at least one part.", nameof(parts));
        var plan = parts[0].Plan;
        var other = parts.FirstOrDefault(p => p.Plan.Fingerprint != plan.Fingerprint);
        if (other is not null)
            throw new SweepDirectoryException(SweepDirectoryProblem.PartsOfDifferentSweeps, other.Directory,
                $"'{other.Directory}' holds another sweep (plan {other.Plan.Fingerprint}) than '{parts[0].Directory}' (plan {plan.Fingerprint})");
        string full = Normalise(target);
        var clash = parts.FirstOrDefault(p => Normalise(p.Directory) == full);
        if (clash is not null)
            throw new SweepDirectoryException(SweepDirectoryProblem.TargetIsAPart, target, $"'{target}' is one of the parts");

        var records = new Dictionary<(int, int), SweepRecord>();
        foreach (var part in parts)
            foreach (var record in part.LoadRecords())
            {
                var key = (record.ValueIndex, record.Seed);
                if (records.TryGetValue(key, out var seen) && !seen.Values.SequenceEqual(record.Values))
                    throw new SweepDirectoryException(SweepDirectoryProblem.ConflictingRuns, part.Directory,
                        $"{plan.Parameter} {record.Value}, seed {record.Seed} has different results in two parts (one in '{part.Directory}')");
                records[key] = record;
            }
        var missing = plan.Points.Where(p => !records.ContainsKey((p.ValueIndex, p.Seed))).ToList();
        if (missing.Count > 0)
            throw new SweepDirectoryException(SweepDirectoryProblem.MissingRuns, parts[0].Directory,
                $"{missing.Count} of {plan.Points.Count} runs are missing (first: {plan.Parameter} {missing[0].Value}, seed {missing[0].Seed})");

        var merged = SweepStore.ForMerge(target, plan, provenance);
        foreach (var point in plan.Points) merged.Save(point, records[(point.ValueIndex, point.Seed)]);
        return merged;
    }

    private static string Normalise(string directory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
}
