using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json.Nodes;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Cli;

/// <summary>
/// <c>theoremcheck bench</c>: the double-precision peak of this machine (FMA loop), the canonical
/// pipeline's wall time and peak memory, and GFLOP/s, share of peak and allocations of one training step.
/// </summary>
public static class BenchCommand
{
    public const string FlopFormula = "4*N*d*m per step (X W^T and G^T X, 2*N*d*m each; O(N*m + m*d) elementwise work not counted)";

    public static readonly (int N, int D, int M)[] Shapes = [(1000, 100, 100), (2000, 784, 1000), (1000, 1000, 100)];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("bench", "Measure the training step (GFLOP/s, share of the double peak, allocations) and the canonical run.");
        var json = new Option<bool>("--json") { Description = "print one JSON object instead of the report" };
        var quick = new Option<bool>("--quick") { Description = "a short variant: few steps, canonical pipeline with 20 + 20 epochs" };
        command.Options.Add(json);
        command.Options.Add(quick);
        command.SetAction(parse =>
        {
            var report = Run(parse.GetValue(quick), parse.GetValue(json) ? null : stderr);
            stdout.WriteLine(parse.GetValue(json) ? report.ToJsonString(Reports.JsonOptions) : Text(report));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Timed repetitions of the peak: the same fixed work per repetition in both modes, fewer of them in quick mode.</summary>
    public static int PeakRepetitions(bool quick) => quick ? 25 : 201;

    /// <summary>Runs every measurement; progress lines go to <paramref name="log"/> when given.</summary>
    public static JsonObject Run(bool quick, TextWriter? log)
    {
        // Both settings are read first, so a bad environment variable fails before any measurement.
        int threads = Parallelism.MaxThreads;
        var vectorPath = VectorPaths.Current;
        var loadBefore = LoadAverage();
        log?.WriteLine("bench: measuring the double-precision peak ...");
        var peakOne = PeakGflops(1, PeakRepetitions(quick));
        var peakAll = threads == 1 ? peakOne : PeakGflops(threads, PeakRepetitions(quick));
        double peak = Median(peakAll);

        // The canonical pipeline runs before the large shapes so the process's peak memory is its own.
        var config = quick ? new ExperimentSpec { Training = new TrainingSpec { EpochsF = 20, EpochsG = 20 } } : new ExperimentSpec();
        int repeats = quick ? 1 : 3;
        var wall = new List<double>();
        for (int r = 0; r < repeats; r++)
        {
            log?.WriteLine($"bench: canonical pipeline, run {r + 1} of {repeats} ...");
            var clock = Stopwatch.StartNew();
            PerturbationLearning.Run<double>(config);
            wall.Add(clock.Elapsed.TotalSeconds);
        }
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long peakBytes = process.PeakWorkingSet64;

        var shapes = new JsonArray();
        foreach (var (n, d, m) in Shapes)
        {
            log?.WriteLine($"bench: training step at N = {n}, d = {d}, m = {m} ...");
            var step = MeasureStep(n, d, m, quick);
            double flops = 4.0 * n * d * m;
            double gflops = flops / step.Seconds / 1e9;
            shapes.Add(new JsonObject
            {
                ["n"] = n, ["d"] = d, ["m"] = m,
                ["flop_per_step"] = flops,
                ["steps_timed"] = step.Steps,
                ["seconds_per_step_median"] = step.Seconds,
                ["gflops"] = Math.Round(gflops, 2),
                ["share_of_peak"] = Math.Round(gflops / peak, 4),
                ["allocated_bytes_per_step"] = step.AllocatedBytesPerStep,
            });
        }

        log?.WriteLine("bench: products on each vector path ...");
        var paths = new JsonArray();
        foreach (var path in VectorPaths.Supported)
        {
            var (xw, gx) = MeasureProducts(path, quick);
            paths.Add(new JsonObject { ["path"] = VectorPaths.Name(path), ["x_wt_gflops"] = Math.Round(xw, 2), ["gt_x_gflops"] = Math.Round(gx, 2) });
        }

        return new JsonObject
        {
            ["quick"] = quick,
            ["threads"] = threads,
            ["processor_count"] = Environment.ProcessorCount,
            ["vector_path"] = VectorPaths.Name(vectorPath),
            ["load_average_before"] = loadBefore,
            ["load_average_after"] = LoadAverage(),
            ["peak_gflops"] = new JsonObject
            {
                ["one_thread"] = Spread(peakOne),
                ["all_threads"] = Spread(peakAll),
                ["repetitions"] = peakAll.Length,
                ["method"] = PeakMethod,
            },
            ["flop_formula"] = FlopFormula,
            ["training_step"] = shapes,
            ["products_per_path"] = new JsonObject
            {
                ["shape"] = "X W^T and G^T X at (N, d, m) = (1000, 100, 100), one thread, median GFLOP/s",
                ["paths"] = paths,
            },
            ["canonical"] = new JsonObject
            {
                ["epochs"] = $"{config.Training.EpochsF}+{config.Training.EpochsG}",
                ["wall_seconds"] = new JsonArray(wall.Select(s => (JsonNode)Math.Round(s, 3)).ToArray()),
                ["wall_seconds_median"] = Math.Round(Median(wall), 3),
                ["peak_working_set_mb"] = Math.Round(peakBytes / 1048576.0, 1),
            },
        };
    }

    public const string PeakMethod = "per repetition, every thread runs 16 independent Vector512<double> FMA chains for 2^18 iterations "
        + "(2 flops per lane per FMA, about 1 ms, the scale of a training step) at the same time on its own thread; "
        + "GFLOP/s = all flops / wall time from the first thread's start to the last thread's end";

    public static string Text(JsonObject r)
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var peak = r["peak_gflops"]!.AsObject();
        s.AppendLine($"TheoremCheck bench{((bool)r["quick"]! ? " (quick)" : "")}: {r["threads"]} thread(s), vector path {r["vector_path"]}, "
            + $"load average {r["load_average_before"]?.ToString() ?? "unknown"} before, {r["load_average_after"]?.ToString() ?? "unknown"} after");
        s.AppendLine($"  double peak (FMA loop, {peak["repetitions"]} repetitions, min / median / max GFLOP/s): one thread {SpreadText(peak["one_thread"]!)}, "
            + $"{r["threads"]} threads {SpreadText(peak["all_threads"]!)}; shares are of the {r["threads"]}-thread median");
        s.AppendLine($"  flop count: {FlopFormula}");
        s.AppendLine();
        s.AppendLine("      N      d      m   ms/step   GFLOP/s   % of peak   bytes allocated/step");
        foreach (var shape in r["training_step"]!.AsArray())
        {
            var o = shape!.AsObject();
            s.AppendLine(string.Format(inv, "  {0,5}  {1,5}  {2,5}  {3,8:F3}  {4,8:F1}  {5,9:F1}   {6,10}",
                (int)o["n"]!, (int)o["d"]!, (int)o["m"]!, (double)o["seconds_per_step_median"]! * 1e3,
                (double)o["gflops"]!, (double)o["share_of_peak"]! * 100, (long)o["allocated_bytes_per_step"]!));
        }
        s.AppendLine();
        s.AppendLine("  one thread, (1000, 100, 100), GFLOP/s by vector path:");
        foreach (var p in r["products_per_path"]!["paths"]!.AsArray())
            s.AppendLine(string.Format(inv, "    {0,-7} X W^T {1,6:F1}   G^T X {2,6:F1}", (string)p!["path"]!, (double)p["x_wt_gflops"]!, (double)p["gt_x_gflops"]!));
        var c = r["canonical"]!.AsObject();
        s.AppendLine();
        s.Append(inv, $"  canonical run ({c["epochs"]} epochs): {(double)c["wall_seconds_median"]!:F3} s median of {c["wall_seconds"]!.AsArray().Count}");
        s.Append(inv, $" [{string.Join(", ", c["wall_seconds"]!.AsArray().Select(x => ((double)x!).ToString("F3", inv)))}],");
        s.Append(inv, $" peak working set {(double)c["peak_working_set_mb"]!:F1} MB");
        return s.ToString();
    }

    private static string SpreadText(JsonNode spread) => string.Format(CultureInfo.InvariantCulture, "{0:F1} / {1:F1} / {2:F1}",
        (double)spread["min"]!, (double)spread["median"]!, (double)spread["max"]!);

    private static JsonObject Spread(IReadOnlyList<double> values) => new()
    {
        ["min"] = Math.Round(values.Min(), 2), ["median"] = Math.Round(Median(values), 2), ["max"] = Math.Round(values.Max(), 2),
    };

    /// <summary>The one-minute load average (Linux <c>/proc/loadavg</c>), or null where there is none.</summary>
    private static double? LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Median single-thread GFLOP/s of X Wᵀ + b and of Gᵀ X at (1000, 100, 100) on <paramref name="path"/>.</summary>
    public static (double XWt, double GtX) MeasureProducts(VectorPath path, bool quick)
    {
        const int n = 1000, d = 100, m = 100;
        var x = new Matrix<double>(n, d, Seeding.Gaussian(Seeding.Stream(0, "bench-x"), n * d, 0, 1));
        var w = new Matrix<double>(m, d, Seeding.Gaussian(Seeding.Stream(0, "bench-w"), m * d, 0, 0.1));
        var g = new Matrix<double>(n, m, Seeding.Gaussian(Seeding.Stream(0, "bench-g"), n * m, 0, 0.001));
        var bias = new double[m];
        var pre = new Matrix<double>(n, m);
        var gradient = new Matrix<double>(m, d);
        var saved = (VectorPaths.Current, Parallelism.MaxThreads);
        try
        {
            VectorPaths.Current = path;
            Parallelism.MaxThreads = 1;
            int repetitions = quick ? 3 : path == VectorPath.Scalar ? 9 : 41;
            var xw = new double[repetitions];
            var gx = new double[repetitions];
            MatrixProducts<double>.MultiplyTransposed(x, w, bias, pre);
            MatrixProducts<double>.TransposeMultiply(g, x, gradient);
            for (int r = 0; r < repetitions; r++)
            {
                long start = Stopwatch.GetTimestamp();
                MatrixProducts<double>.MultiplyTransposed(x, w, bias, pre);
                long middle = Stopwatch.GetTimestamp();
                MatrixProducts<double>.TransposeMultiply(g, x, gradient);
                xw[r] = 2.0 * n * d * m / Stopwatch.GetElapsedTime(start, middle).TotalSeconds / 1e9;
                gx[r] = 2.0 * n * d * m / Stopwatch.GetElapsedTime(middle).TotalSeconds / 1e9;
            }
            return (Median(xw), Median(gx));
        }
        finally
        {
            (VectorPaths.Current, Parallelism.MaxThreads) = saved;
        }
    }

    /// <summary>Median seconds per step and allocated bytes per step of full-batch GD on Gaussian data.</summary>
    public static (double Seconds, int Steps, long AllocatedBytesPerStep) MeasureStep(int n, int d, int m, bool quick)
    {
        var data = SyntheticData.Sample(DataKind.Gauss, n, d, Seeding.Stream(0, "bench-data"));
        var network = Initialisation.Create(m, d, 0.0, InitKind.Gaussian, Seeding.Stream(0, "bench-init"));
        double flops = 4.0 * n * d * m;
        int steps = Math.Clamp((int)((quick ? 2e8 : 3e10) / flops), quick ? 3 : 10, quick ? 50 : 2000);
        var stamps = new long[steps + 1];
        long allocatedAtFirst = 0, allocatedAtLast = 0;
        void OnStep(int step)
        {
            stamps[step] = Stopwatch.GetTimestamp();
            if (step == 1) allocatedAtFirst = GC.GetTotalAllocatedBytes(precise: true);
            if (step == steps) allocatedAtLast = GC.GetTotalAllocatedBytes(precise: true);
        }
        var settings = new TrainingSettings<double>(0.01, steps, 0.9, LossKind.Identity);
        GradientDescent.Train(network, data.Inputs, data.Labels, settings with { Steps = 2 });
        GradientDescent.Train(network, data.Inputs, data.Labels, settings, onStep: OnStep);
        var durations = new double[steps - 1];
        for (int k = 2; k <= steps; k++) durations[k - 2] = Stopwatch.GetElapsedTime(stamps[k - 1], stamps[k]).TotalSeconds;
        return (Median(durations), steps - 1, (allocatedAtLast - allocatedAtFirst) / (steps - 1));
    }

    /// <summary>
    /// GFLOP/s of each of <paramref name="repetitions"/> timed repetitions (after one untimed): <paramref name="threads"/>
    /// dedicated threads start together and each runs the same fixed FMA work; the repetition's time runs from the first
    /// thread's start to the last thread's end, so a thread that did not get a core shows as a lower reading, not a hidden one.
    /// A repetition lasts about as long as a training step, so the median peak and the median step see the same scheduling.
    /// </summary>
    public static double[] PeakGflops(int threads, int repetitions)
    {
        const int iterations = 1 << 18;
        double flops = (double)threads * iterations * 16 * Vector512<double>.Count * 2;
        using var start = new Barrier(threads + 1);
        using var end = new Barrier(threads + 1);
        int remaining = repetitions + 1;
        // Each thread stamps its own start and end, so neither the barrier's wake-up nor the main thread's scheduling is timed.
        var begun = new long[threads];
        var finished = new long[threads];
        var workers = new Thread[threads];
        for (int t = 0; t < threads; t++)
        {
            int index = t;
            workers[t] = new Thread(() =>
            {
                for (int r = 0; r < remaining; r++)
                {
                    start.SignalAndWait();
                    begun[index] = Stopwatch.GetTimestamp();
                    Chains(iterations);
                    finished[index] = Stopwatch.GetTimestamp();
                    end.SignalAndWait();
                }
            }) { IsBackground = true, Name = $"bench peak {t + 1}" };
            workers[t].Start();
        }
        var readings = new double[repetitions];
        for (int r = -1; r < repetitions; r++)
        {
            start.SignalAndWait();
            end.SignalAndWait();
            double seconds = (double)(finished.Max() - begun.Min()) / Stopwatch.Frequency;
            if (r >= 0) readings[r] = flops / seconds / 1e9;
        }
        foreach (var worker in workers) worker.Join();
        return readings;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static double Chains(int iterations)
    {
        var m = Vector512.Create(0.999999);
        var a = Vector512.Create(1e-6);
        Vector512<double> c0 = Vector512.Create(1.0), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0,
                          c8 = c0, c9 = c0, c10 = c0, c11 = c0, c12 = c0, c13 = c0, c14 = c0, c15 = c0;
        for (int i = 0; i < iterations; i++)
        {
            c0 = Vector512.FusedMultiplyAdd(c0, m, a); c1 = Vector512.FusedMultiplyAdd(c1, m, a);
            c2 = Vector512.FusedMultiplyAdd(c2, m, a); c3 = Vector512.FusedMultiplyAdd(c3, m, a);
            c4 = Vector512.FusedMultiplyAdd(c4, m, a); c5 = Vector512.FusedMultiplyAdd(c5, m, a);
            c6 = Vector512.FusedMultiplyAdd(c6, m, a); c7 = Vector512.FusedMultiplyAdd(c7, m, a);
            c8 = Vector512.FusedMultiplyAdd(c8, m, a); c9 = Vector512.FusedMultiplyAdd(c9, m, a);
            c10 = Vector512.FusedMultiplyAdd(c10, m, a); c11 = Vector512.FusedMultiplyAdd(c11, m, a);
            c12 = Vector512.FusedMultiplyAdd(c12, m, a); c13 = Vector512.FusedMultiplyAdd(c13, m, a);
            c14 = Vector512.FusedMultiplyAdd(c14, m, a); c15 = Vector512.FusedMultiplyAdd(c15, m, a);
        }
        var sum = c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11 + c12 + c13 + c14 + c15;
        return Vector512.Sum(sum);
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        int h = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
    }
}
