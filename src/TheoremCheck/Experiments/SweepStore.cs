using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// The persistent state of a sweep (or of one shard) in its output directory:
/// <c>sweep.json</c> describes the plan and the shard, <c>runs/&lt;value&gt;-seed&lt;seed&gt;.json</c> holds
/// one finished run each, written atomically the moment the run ends. A resumed sweep skips the
/// points whose run file exists; <c>merge</c> reads the run files of several shards.
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
    /// </summary>
    public static SweepStore Open(string directory, SweepPlan plan, Shard shard, bool resume)
    {
        string manifest = Path.Combine(directory, ManifestName);
        bool exists = File.Exists(manifest);
        if (exists && !resume)
            throw new ConfigException("--out", $"--out '{directory}' already holds a sweep; add --resume to continue it, or choose another --out");
        if (!exists && resume)
            throw new ConfigException("--resume", $"--resume: '{directory}' holds no sweep ({ManifestName} is missing); run without --resume to start one");
        var store = new SweepStore(directory, plan, shard);
        if (exists)
        {
            var stored = ReadManifest(manifest);
            if (stored.Fingerprint != plan.Fingerprint)
                throw new ConfigException("--resume", $"--resume: '{directory}' holds a different sweep (plan {stored.Fingerprint}, this one {plan.Fingerprint}); the options must be the same as when it started");
            if (stored.Shard != shard)
                throw new ConfigException("--resume", $"--resume: '{directory}' holds part {stored.Shard} of the sweep, not {shard}");
        }
        else store.WriteManifest();
        return store;
    }

    /// <summary>Opens an existing sweep directory as it was written (for merge).</summary>
    public static SweepStore Load(string directory)
    {
        string manifest = Path.Combine(directory, ManifestName);
        if (!File.Exists(manifest)) throw new FileNotFoundException($"'{directory}' is not a sweep output directory ({ManifestName} is missing).");
        var stored = ReadManifest(manifest);
        if (stored.Plan.Fingerprint != stored.Fingerprint)
            throw new InvalidDataException($"{manifest}: the plan it describes does not match its fingerprint {stored.Fingerprint}.");
        return new SweepStore(directory, stored.Plan, stored.Shard);
    }

    /// <summary>A store for the combined result of several shards, written to a new directory.</summary>
    public static SweepStore ForMerge(string directory, SweepPlan plan)
    {
        var store = new SweepStore(directory, plan, Shard.Whole);
        store.WriteManifest(merged: true);
        return store;
    }

    public string RunPath(SweepPoint point) =>
        Path.Combine(Directory, RunsDirectory, $"{point.ValueIndex:D3}-seed{point.Seed}.json");

    public bool IsDone(SweepPoint point) => File.Exists(RunPath(point));

    public void Save(SweepPoint point, SweepRecord record)
    {
        var m = record.Metrics;
        var node = new JsonObject
        {
            ["fingerprint"] = Plan.Fingerprint, ["param"] = Plan.Parameter,
            ["value_index"] = record.ValueIndex, ["value"] = record.Value, ["seed"] = record.Seed,
            ["acc_f"] = m.AccF, ["acc_g"] = m.AccG, ["agreement"] = m.Agreement, ["cossim"] = m.CosSim,
            ["flipped_f"] = m.FlippedF, ["flipped_g"] = m.FlippedG, ["zero_gradients"] = m.ZeroGradients,
            ["seconds"] = record.Seconds,
        };
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
            var metrics = new RunMetrics((double)node["acc_f"]!, (double)node["acc_g"]!, (double)node["agreement"]!, (double)node["cossim"]!,
                (double)node["flipped_f"]!, (double)node["flipped_g"]!, (int)node["zero_gradients"]!);
            return new SweepRecord(point.ValueIndex, point.Value, point.Seed, metrics, (double)node["seconds"]!);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException or FormatException)
        {
            throw new InvalidDataException($"{path} is not a well-formed sweep run: {e.Message}");
        }
    }

    private void WriteManifest(bool merged = false)
    {
        var baseConfig = new JsonObject();
        foreach (var (name, value) in Plan.BaseOptions()) baseConfig[name] = value;
        var node = new JsonObject
        {
            ["command"] = merged ? "merge" : "sweep",
            ["fingerprint"] = Plan.Fingerprint,
            ["param"] = Plan.Parameter,
            ["values"] = new JsonArray(Plan.Values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray()),
            ["seeds"] = new JsonArray(Plan.Seeds.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            ["shard"] = Shard.ToString(),
            ["points"] = Plan.Points.Count,
            ["points_in_shard"] = Plan.Points.Count(Shard.Contains),
            ["base_config"] = baseConfig,
            ["created_utc"] = DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture),
        };
        AtomicFile.WriteAllText(ManifestPath, node.ToJsonString(Indented) + "\n");
    }

    private static (string Fingerprint, Shard Shard, SweepPlan Plan) ReadManifest(string path)
    {
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            var values = node["values"]!.AsArray().Select(v => (string)v!).ToList();
            int seeds = node["seeds"]!.AsArray().Count;
            var baseOptions = node["base_config"]!.AsObject().Select(kv => (kv.Key, (string)kv.Value!)).ToList();
            // The first stored seed is the base seed: the seeds are base, base + 1, ...
            var firstSeed = node["seeds"]!.AsArray()[0]!.ToString();
            baseOptions = baseOptions.Select(o => o.Key == "seed" && (string)node["param"]! != "seed" ? (o.Key, firstSeed) : o).ToList();
            var plan = SweepPlan.Restore((string)node["param"]!, values, seeds, baseOptions);
            return ((string)node["fingerprint"]!, Shard.Parse((string?)node["shard"]), plan);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{path} is not a well-formed sweep description: {e.Message}");
        }
    }
}
