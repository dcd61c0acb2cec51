using System.Numerics;
using TheoremCheck.Numerics;
using TheoremCheck.Theory;

namespace TheoremCheck.Pipeline;

public static class Metrics
{
    /// <summary>sgn with sgn(0) = 0, as torch.sign: an output of exactly 0 matches no label.</summary>
    public static int Sign<T>(T value) where T : INumber<T> =>
        value > T.AdditiveIdentity ? 1 : value < T.AdditiveIdentity ? -1 : 0;

    public static double Accuracy<T>(T[] outputs, int[] labels) where T : INumber<T> => Hits(outputs, labels).Share;

    public static double Agreement<T>(T[] f, T[] g) where T : INumber<T> => SignsAgree(f, g).Share;

    /// <summary>The outputs whose sign is the label, of all outputs.</summary>
    public static Proportion Hits<T>(T[] outputs, int[] labels) where T : INumber<T>
    {
        if (outputs.Length != labels.Length) throw new ArgumentException($"{outputs.Length} outputs for {labels.Length} labels.");
        int hits = 0;
        for (int n = 0; n < outputs.Length; n++) if (Sign(outputs[n]) == labels[n]) hits++;
        return new Proportion(hits, outputs.Length);
    }

    /// <summary>The points where sgn f = sgn g, of all points.</summary>
    public static Proportion SignsAgree<T>(T[] f, T[] g) where T : INumber<T>
    {
        if (f.Length != g.Length) throw new ArgumentException($"{f.Length} outputs of f for {g.Length} of g.");
        int same = 0;
        for (int n = 0; n < f.Length; n++) if (Sign(f[n]) == Sign(g[n])) same++;
        return new Proportion(same, f.Length);
    }

    /// <summary>cossim = mean_n |cos(r_n, Σ_k y_k Φ(x_k, x_n) x_k)| (C1).</summary>
    public static double CosineSimilarity(Matrix<double> inputs, int[] labels, Matrix<double> perturbations, double slope)
    {
        var limit = new LimitFunctions(inputs, labels, slope);
        double sum = 0;
        for (int n = 0; n < inputs.Rows; n++) sum += limit.AbsoluteCosine(n, perturbations.Row(n));
        return sum / inputs.Rows;
    }

    public static RunMetrics Measure<T>(PerturbationLearningRun<T> run, double slope) where T : struct, INumber<T>
    {
        var f = run.F.Network;
        var g = run.G.Network;
        return new RunMetrics(
            Hits(f.Outputs(run.Inputs), run.Labels),
            Hits(g.Outputs(run.Inputs), run.Labels),
            SignsAgree(f.Outputs(run.TestInputs), g.Outputs(run.TestInputs)),
            CosineSimilarity(run.Inputs.Map(double.CreateChecked), run.Labels, run.Perturbations.Map(double.CreateChecked), slope),
            run.F.FlippedShare,
            run.G.FlippedShare,
            run.F.EverFlipped,
            run.G.EverFlipped,
            run.ZeroGradients,
            run.Targets.Length == 0 ? 0 : run.Targets.Average());
    }
}
