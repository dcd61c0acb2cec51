namespace TheoremCheck.Numerics;

/// <summary>
/// Σ_n c_n ∇_θ f(x_n) of a leaky-ReLU layer in double: the factors and bias sums of <see cref="LeakyReluFactors{TBlock}"/>,
/// then the weight gradient Gᵀ X (m × d), each element one FMA chain over n in increasing order from +0 as
/// <see cref="DoubleGemm"/> computes it.
/// </summary>
/// <remarks>
/// Neurons whose factors are all ±0 (inactive on every sample, γ = 0: half or more of g's neurons, whose inputs
/// are perturbations of norm ε so the bias decides the pattern) have a gradient row of +0 exactly: every term of
/// their chain is (±0)·x, which leaves a +0 sum at +0 when x is finite. The product then runs on the live neurons
/// only and writes +0 for the rest. Finiteness of X is not checked separately: every X[n, j] enters the chain of
/// every live neuron, so if all live rows come out finite, X is finite; otherwise the full product runs and gives
/// its own NaN and ∞ bits. Compacting copies N values per live neuron and saves d/8 vector FMAs per sample and dead
/// neuron, so it runs when dead·d &gt; 8·live.
/// </remarks>
internal static unsafe class LeakyReluGradient<TBlock> where TBlock : struct, ILaneBlock<TBlock>
{
    [ThreadStatic] private static double[]? _liveFactors;
    [ThreadStatic] private static double[]? _liveGradient;
    [ThreadStatic] private static bool[]? _live;
    [ThreadStatic] private static int[]? _liveIndices;

    public static void Run(ReadOnlySpan<double> inputs, int dimension, ReadOnlySpan<double> preactivations, int width,
        ReadOnlySpan<double> readout, ReadOnlySpan<double> sampleWeights, double slope,
        Span<double> factors, Span<double> biasGradient, Span<double> weightGradient)
    {
        int rows = sampleWeights.Length;
        var live = Grow(ref _live, width);
        LeakyReluFactors<TBlock>.Run(preactivations, width, readout, sampleWeights, slope, factors, biasGradient, live);
        int alive = 0;
        for (int i = 0; i < width; i++) if (live[i]) alive++;
        int dead = width - alive;
        if (dead == 0 || alive == 0 || (long)dead * dimension <= 8L * alive)
        {
            DoubleGemm.Multiply<TBlock>(width, dimension, rows, factors, 1, width, inputs, dimension, 1, weightGradient, dimension);
            return;
        }

        // G restricted to the live neurons' columns, the layout of G itself, so the product runs as on the full G.
        var liveIndices = Grow(ref _liveIndices, alive);
        for (int i = 0, r = 0; i < width; i++) if (live[i]) liveIndices[r++] = i;
        var liveFactors = Grow(ref _liveFactors, alive * rows);
        var liveGradient = Grow(ref _liveGradient, alive * dimension);
        LiveColumns.Copy(factors, width, rows, liveIndices.AsSpan(0, alive), liveFactors);
        DoubleGemm.Multiply<TBlock>(alive, dimension, rows, liveFactors, 1, alive, inputs, dimension, 1, liveGradient, dimension);
        if (!AllFinite(liveGradient.AsSpan(0, alive * dimension)))
        {
            DoubleGemm.Multiply<TBlock>(width, dimension, rows, factors, 1, width, inputs, dimension, 1, weightGradient, dimension);
            return;
        }
        for (int i = 0, r = 0; i < width; i++)
        {
            var row = weightGradient.Slice(i * dimension, dimension);
            if (live[i]) liveGradient.AsSpan(r++ * dimension, dimension).CopyTo(row);
            else row.Clear();
        }
    }

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (double v in values) if (!double.IsFinite(v)) return false;
        return true;
    }

    private static T[] Grow<T>(ref T[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length) buffer = new T[length];
        return buffer;
    }
}
