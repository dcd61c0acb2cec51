using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// The persistent state of a sweep (or of one shard) in its output directory:
/// <c>sweep.json</c> describes the plan (every point with its specification) and the shard,
/// <c>runs/&lt;value index&gt;-seed&lt;seed&gt;.json</c> (e.g. <c>runs/000-seed0.json</c>) holds one finished run
/// each, written atomically the moment the run ends. A resumed sweep skips the points whose run file
/// exists; <see cref="SweepMerge"/> reads the run files of several shards.
/// </summary>
public sealed class SweepStore
{
    public const string ManifestName = "sweep.json";
    public const string RunsDirectory = "runs";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Directory { get; }
    public SweepPlan Plan { get; }
    public Shard Shard { get; }

    private SweepStore(string directory, SweepPlan plan, Shard shard)
    {
        Directory = directory; Plan = plan; Shard = shard;
    }

    public string ManifestPath => Path.Combine(Directory, ManifestName);

    /// <summary>
    /// Prepares <paramref name="directory"/> for the plan. A directory that already holds a sweep is
    /// continued only with <paramref name="resume"/> and only if it is the same plan and shard;
    /// <paramref name="resume"/> on a directory without a sweep is an error too (nothing to resume).
    /// <paramref name="provenance"/> (who wrote it, when, with which command) is stored in the manifest.
    /// </summary>
    public static SweepStore Open(string directory, SweepPlan plan, Shard shard, bool resume, JsonObject? provenance = null)
    {
        string manifest = Path.Combine(directory, ManifestName);
        bool exists = File.Exists(manifest);
        if (exists && !resume)
            throw new SweepDirectoryException(SweepDirectoryProblem.AlreadyHoldsSweep, directory, $"'{directory}' already holds a sweep");
        if (!exists && resume)
            throw new SweepDirectoryException(SweepDirectoryProblem.NothingToResume, directory, $"'{directory}' holds no sweep ({ManifestName} is missing)");
        var store = new SweepStore(directory, plan, shard);
        if (exists)
        {
            var stored = ReadManifest(manifest);
            if (stored.Fingerprint != plan.Fingerprint)
                throw new SweepDirectoryException(SweepDirectoryProblem.DifferentPlan, directory,
                    $"'{directory}' holds a different sweep (plan {stored.Fingerprint}, this one {plan.Fingerprint})");
            if (stored.Shard != shard)
                throw new SweepDirectoryException(SweepDirectoryProblem.DifferentShard, directory, $"'{directory}' holds part {stored.Shard} of the sweep, not {shard}");
        }
        else store.WriteManifest("sweep", provenance);
        return store;
    }

    /// <summary>Opens an existing sweep directory as it was written (for merge).</summary>
    public static SweepStore Load(string directory)
    {
        string manifest = Path.Combine(directory, ManifestName);
        if (!File.Exists(manifest))
            throw new SweepDirectoryException(SweepDirectoryProblem.NotASweep, directory, $"'{directory}' is not a sweep output directory ({ManifestName} is missing)");
        var stored = ReadManifest(manifest);
        if (stored.Plan.Fingerprint != stored.Fingerprint)
            throw new InvalidDataException($"{manifest}: the plan it describes does not match its fingerprint {stored.Fingerprint}.");
        return new SweepStore(directory, stored.Plan, stored.Shard);
    }

    /// <summary>A store for the combined result of several shards, written to a new directory.</summary>
    public static SweepStore ForMerge(string directory, SweepPlan plan, JsonObject? provenance = null)
    {
        var store = new SweepStore(directory, plan, Shard.Whole);
        store.WriteManifest("merge", provenance);
        return store;
    }

    public string RunPath(SweepPoint point) =>
        Path.Combine(Directory, RunsDirectory, $"{point.ValueIndex:D3}-seed{point.Seed}.json");

    public bool IsDone(SweepPoint point) => File.Exists(RunPath(point));

    public void Save(SweepPoint point, SweepRecord record)
    {
        var node = new JsonObject
        {
            ["fingerprint"] = Plan.Fingerprint, ["param"] = Plan.Parameter,
            ["value_index"] = record.ValueIndex, ["value"] = record.Value, ["seed"] = record.Seed,
        };
        for (int c = 0; c < MetricColumns.All.Count; c++) node[MetricColumns.All[c].Name] = MetricColumns.Json(record.Values[c]);
        node["seconds"] = record.Seconds;
        node["spec"] = SpecJson.ToJson(record.Spec);
        AtomicFile.WriteAllText(RunPath(point), node.ToJsonString(Indented) + "\n");
    }

    /// <summary>The finished runs of the plan's points in this directory, in plan order.</summary>
    public IReadOnlyList<SweepRecord> LoadRecords()
    {
        var records = new List<SweepRecord>();
        foreach (var point in Plan.Points)
        {
            string path = RunPath(point);
            if (File.Exists(path)) records.Add(ReadRecord(path, point));
        }
        return records;
    }

    private SweepRecord ReadRecord(string path, SweepPoint point)
    {
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            if ((string?)node["fingerprint"] != Plan.Fingerprint)
                throw new InvalidDataException($"{path} belongs to another sweep (plan {(string?)node["fingerprint"]}).");
            if ((int)node["value_index"]! != point.ValueIndex || (string?)node["value"] != point.Value || (int)node["seed"]! != point.Seed)
                throw new InvalidDataException($"{path} does not hold value {point.Value}, seed {point.Seed}.");
            var values = MetricColumns.All.Select(c => node.ContainsKey(c.Name) ? MetricColumns.FromJson(node[c.Name]) : throw new InvalidDataException($"{path} has no '{c.Name}'.")).ToArray();
            var spec = node["spec"] is { } s ? SpecJson.FromJson(s) : point.Spec;
            return new SweepRecord(point.ValueIndex, point.Value, point.Seed, spec, values, (double)node["seconds"]!);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException or FormatException or InvalidDataException)
        {
            throw new InvalidDataException($"{path} is not a well-formed sweep run: {e.Message}");
        }
    }

    private void WriteManifest(string command, JsonObject? provenance)
    {
        var points = new JsonArray();
        foreach (var p in Plan.Points)
            points.Add(new JsonObject { ["value_index"] = p.ValueIndex, ["value"] = p.Value, ["seed"] = p.Seed, ["spec"] = SpecJson.ToJson(p.Spec) });
        var node = new JsonObject
        {
            ["command"] = command,
            ["fingerprint"] = Plan.Fingerprint,
            ["param"] = Plan.Parameter,
            ["values"] = new JsonArray(Plan.Values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray()),
            ["seeds"] = new JsonArray(Plan.Seeds.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            ["shard"] = Shard.ToString(),
            ["points_in_shard"] = Plan.Points.Count(Shard.Contains),
            ["base_spec"] = SpecJson.ToJson(Plan.Base),
            ["points"] = points,
            ["created_utc"] = DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture),
        };
        if (provenance is not null) node["provenance"] = provenance.DeepClone();
        AtomicFile.WriteAllText(ManifestPath, node.ToJsonString(Indented) + "\n");
    }

    private static (string Fingerprint, Shard Shard, SweepPlan Plan) ReadManifest(string path)
    {
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            var values = node["values"]!.AsArray().Select(v => (string)v!).ToList();
            var seeds = node["seeds"]!.AsArray().Select(s => (int)s!).ToList();
            var points = node["points"]!.AsArray().Select((p, i) => new SweepPoint(i, (int)p!["value_index"]!, (string)p["value"]!, (int)p["seed"]!,
                SpecJson.FromJson(p["spec"]!))).ToList();
            var plan = SweepPlan.Restore((string)node["param"]!, values, seeds, SpecJson.FromJson(node["base_spec"]!), points);
            if (!Shard.TryParse((string?)node["shard"], out var shard)) throw new InvalidDataException($"bad shard '{(string?)node["shard"]}'");
            return ((string)node["fingerprint"]!, shard, plan);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException or FormatException or ArgumentException or InvalidDataException)
        {
            throw new InvalidDataException($"{path} is not a well-formed sweep description: {e.Message}");
        }
    }
}
