using System.Numerics;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Training;

/// <summary>
/// Minimises L = (1/N) Σ_n ℓ(-y_n f(x_n)) over W and b by full-batch gradient descent with heavy-ball
/// momentum as PyTorch does it (v ← βv + ∇L, θ ← θ - ηv). One GD step is exactly
/// Δw_i = (η/N) Σ_n λ_n y_n a_i φ'_i(x_n) x_n (THEORY §3).
/// </summary>
public static class GradientDescent
{
    public static TrainingResult<T> Train<T>(
        TwoLayerNetwork<T> network, Matrix<T> inputs, int[] labels, TrainingSettings<T> settings,
        Matrix<T>? monitoredPoints = null, Action<int>? onStep = null)
        where T : struct, INumber<T>
    {
        int n = inputs.Rows, m = network.Width;
        if (labels.Length != n) throw new ArgumentException($"{labels.Length} labels for {n} samples.");
        if (settings.Steps < 0) throw new ArgumentOutOfRangeException(nameof(settings), $"Steps must be non-negative, got {settings.Steps}.");
        if (n == 0) throw new ArgumentException("Training needs at least one sample.");

        T eta = settings.LearningRate, beta = settings.Momentum;
        T invN = T.MultiplicativeIdentity / T.CreateChecked(n);
        // The working network owns copies of W and b and is updated in place; every buffer of a step is
        // allocated once here, so a step allocates nothing.
        var weights = network.Weights.Clone();
        var bias = (T[])network.Bias.Clone();
        var current = new TwoLayerNetwork<T>(weights, bias, network.Readout, network.Slope);
        var velocityW = new Matrix<T>(m, network.Dimension);
        var velocityB = new T[m];
        var alpha = settings.TrackSpan ? new Matrix<T>(m, n) : null;
        var velocityAlpha = settings.TrackSpan ? new Matrix<T>(m, n) : null;
        var sampleWeights = new T[n];
        var outputs = new T[n];
        var weightGradient = new Matrix<T>(m, network.Dimension);
        var biasGradient = new T[m];
        var factors = new Matrix<T>(n, m);

        var pre = current.Preactivations(inputs);
        var initialPattern = ActivationBits.Of<T>(pre.Data);
        var monitoredPre = monitoredPoints is null ? null : current.Preactivations(monitoredPoints);
        var monitoredInitial = monitoredPre is null ? null : ActivationBits.Of<T>(monitoredPre.Data);
        var everFlipped = new ulong[initialPattern.Length];
        var monitoredEverFlipped = new ulong[monitoredInitial?.Length ?? 0];
        var pattern = new ulong[Math.Max(initialPattern.Length, monitoredEverFlipped.Length)];

        // Heavy ball with a constant gradient moves the k-th step by η Σ_{j<k} β^j; their total is t.
        T time = T.AdditiveIdentity, stepMultiplier = T.AdditiveIdentity, betaPower = T.MultiplicativeIdentity;
        // An exact value is always finite, so exact runs skip the double loss (its finiteness is all that is used);
        // with the identity loss ℓ' = 1 whatever the outputs, so they skip the outputs too (N·m products a step).
        bool exact = NumberTraits<T>.IsExact, needOutputs = !exact || settings.Loss != LossKind.Identity;
        double loss = 0;
        for (int step = 0; step < settings.Steps; step++)
        {
            if (needOutputs) current.OutputsFromPreactivations(pre, outputs);
            loss = 0;
            for (int k = 0; k < n; k++)
            {
                T s = labels[k] > 0 ? -outputs[k] : outputs[k];
                if (!exact) loss += Loss.Value(settings.Loss, double.CreateChecked(s));
                T lambda = Loss.Derivative(settings.Loss, s);
                sampleWeights[k] = labels[k] > 0 ? lambda * invN : -(lambda * invN);
            }
            if (!double.IsFinite(loss))
                throw new TrainingDivergedException($"Training diverged at epoch {step + 1}: the loss is {loss}.");

            // Descent direction D = -∇L; velocity kept in the same sign: V ← βV + D, θ ← θ + ηV.
            current.WeightedParameterGradient(inputs, pre, sampleWeights, weightGradient, biasGradient, factors);
            bool finite = VectorOperations<T>.HeavyBallStep(velocityW.Data, weightGradient.Data, beta, weights.Data, eta);
            finite &= VectorOperations<T>.HeavyBallStep(velocityB, biasGradient, beta, bias, eta);
            if (alpha is not null)
                for (int i = 0; i < m; i++)
                    for (int k = 0; k < n; k++)
                    {
                        velocityAlpha![i, k] = beta * velocityAlpha[i, k] + factors[k, i];
                        alpha[i, k] += eta * velocityAlpha[i, k];
                    }

            stepMultiplier += betaPower;
            betaPower *= beta;
            time += eta * stepMultiplier;

            current.Preactivations(inputs, pre);
            if (!finite) ThrowDiverged(weights.Data, bias, step + 1);
            ActivationBits.MarkChanged<T>(pre.Data, initialPattern, everFlipped, pattern.AsSpan(0, initialPattern.Length));
            if (monitoredPoints is not null)
            {
                current.Preactivations(monitoredPoints, monitoredPre!);
                ActivationBits.MarkChanged<T>(monitoredPre!.Data, monitoredInitial!, monitoredEverFlipped, pattern.AsSpan(0, monitoredEverFlipped.Length));
            }
            onStep?.Invoke(step + 1);
        }

        int patterns = pre.Data.Length;
        int flippedAtEnd = ActivationBits.CountChanged<T>(pre.Data, initialPattern);
        int ever = ActivationBits.Count(everFlipped) + ActivationBits.Count(monitoredEverFlipped);

        return new TrainingResult<T>
        {
            Network = current,
            FlippedShare = patterns == 0 ? 0 : (double)flippedAtEnd / patterns,
            EverFlipped = ever,
            SpanCoefficients = alpha,
            TrainingTime = time,
        };
    }

    /// <summary>Names the first parameter that is not finite (the update found one).</summary>
    private static void ThrowDiverged<T>(T[] weights, T[] bias, int epoch) where T : struct, INumber<T>
    {
        foreach (var w in weights) if (!T.IsFinite(w)) throw new TrainingDivergedException($"Training diverged at epoch {epoch}: a weight is {w}.");
        foreach (var b in bias) if (!T.IsFinite(b)) throw new TrainingDivergedException($"Training diverged at epoch {epoch}: a bias is {b}.");
        throw new InvalidOperationException($"The update reported a parameter that is not finite at epoch {epoch}, but none is.");
    }
}
