using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Training;

namespace TheoremCheck.Claims;

/// <summary>
/// The formulas of THEORY §2-§3 written out again, loop by loop, over <see cref="Rational"/>, using only the
/// weights of a network and none of its methods. The exact claims compare the library against these, so a
/// change to the library's forward pass, kernel, closed forms or training shows up as a rational inequality.
/// </summary>
public static class ExactReference
{
    public static Rational Preactivation(TwoLayerNetwork<Rational> net, int i, Rational[] z)
    {
        Rational sum = net.Bias[i];
        for (int j = 0; j < z.Length; j++) sum += net.Weights[i, j] * z[j];
        return sum;
    }

    /// <summary>φ'(u) = 1 if u ≥ 0 else γ (φ'(0) = 1, THEORY §2).</summary>
    public static Rational ActivationDerivative(Rational u, Rational gamma) => u.Sign >= 0 ? Rational.One : gamma;

    public static Rational Output(TwoLayerNetwork<Rational> net, Rational[] z)
    {
        Rational sum = 0;
        for (int i = 0; i < net.Width; i++)
        {
            var u = Preactivation(net, i, z);
            sum += net.Readout[i] * (u.Sign >= 0 ? u : net.Slope * u);
        }
        return sum;
    }

    public static Rational[] Gradient(TwoLayerNetwork<Rational> net, Rational[] z)
    {
        var g = new Rational[z.Length];
        for (int i = 0; i < net.Width; i++)
        {
            var c = net.Readout[i] * ActivationDerivative(Preactivation(net, i, z), net.Slope);
            for (int j = 0; j < z.Length; j++) g[j] += c * net.Weights[i, j];
        }
        return g;
    }

    public static bool[] Pattern(TwoLayerNetwork<Rational> net, Rational[] z) =>
        Enumerable.Range(0, net.Width).Select(i => Preactivation(net, i, z).Sign >= 0).ToArray();

    /// <summary>K(x, z) = Σ_i a_i² φ'_i(x) φ'_i(z).</summary>
    public static Rational Kernel(TwoLayerNetwork<Rational> net, Rational[] x, Rational[] z)
    {
        Rational sum = 0;
        for (int i = 0; i < net.Width; i++)
            sum += net.Readout[i] * net.Readout[i] * ActivationDerivative(Preactivation(net, i, x), net.Slope) * ActivationDerivative(Preactivation(net, i, z), net.Slope);
        return sum;
    }

    public static Rational Dot(Rational[] x, Rational[] z)
    {
        Rational sum = 0;
        for (int j = 0; j < x.Length; j++) sum += x[j] * z[j];
        return sum;
    }

    /// <summary>
    /// t = η Σ_{s=1..S} (1 - β^s)/(1 - β) (THEORY §2, §3 E3), the closed form summed as written; η S(S+1)/2 at β = 1.
    /// </summary>
    public static Rational TrainingTime(Rational eta, Rational beta, int steps)
    {
        Rational sum = 0;
        for (int s = 1; s <= steps; s++)
        {
            Rational power = 1;
            for (int j = 0; j < s; j++) power *= beta;
            sum += beta == Rational.One ? (Rational)s : (1 - power) / (1 - beta);
        }
        return eta * sum;
    }

    /// <summary>E3: f_0(z) + (t/N) Σ_n y_n K(x_n, z)(⟨x_n, z⟩ + 1).</summary>
    public static Rational LazyOutput(TwoLayerNetwork<Rational> initial, Rational[][] x, int[] y, Rational t, Rational[] z)
    {
        Rational sum = 0;
        for (int n = 0; n < x.Length; n++) sum += y[n] * Kernel(initial, x[n], z) * (Dot(x[n], z) + 1);
        return Output(initial, z) + t * sum / x.Length;
    }

    /// <summary>E3: ∇f_0(z) + (t/N) Σ_n y_n K(x_n, z) x_n.</summary>
    public static Rational[] LazyGradient(TwoLayerNetwork<Rational> initial, Rational[][] x, int[] y, Rational t, Rational[] z)
    {
        var g = Gradient(initial, z);
        for (int n = 0; n < x.Length; n++)
        {
            var c = t * y[n] * Kernel(initial, x[n], z) / x.Length;
            for (int j = 0; j < z.Length; j++) g[j] += c * x[n][j];
        }
        return g;
    }

    /// <summary>E4: g_0(z) + (t_g ε/N) Σ_n K_g(r_n, z) ⟨u_n, z⟩/s_n + (t_g/N) Σ_n y^adv_n K_g(r_n, z).</summary>
    public static Rational PerturbationLearningOutput(TwoLayerNetwork<Rational> initialG, Rational[][] r, Rational[][] u,
        Rational[] normalisers, int[] targets, Rational epsilon, Rational tG, Rational[] z)
    {
        Rational feature = 0, bias = 0;
        for (int n = 0; n < r.Length; n++)
        {
            var k = Kernel(initialG, r[n], z);
            feature += k * Dot(u[n], z) / normalisers[n];
            bias += targets[n] * k;
        }
        return Output(initialG, z) + tG * epsilon * feature / r.Length + tG * bias / r.Length;
    }

    /// <summary>
    /// The networks after 0, 1, ..., S steps of full-batch GD on the identity loss with heavy ball as PyTorch
    /// (THEORY §2-§3), written out without the library's training: at each step the descent direction
    /// D_i = (1/N) Σ_n y_n a_i φ'_i(x_n) (x_n, 1) at the current weights, V ← βV + D, (w_i, b_i) ← (w_i, b_i) + ηV.
    /// </summary>
    public static List<TwoLayerNetwork<Rational>> Trajectory(TwoLayerNetwork<Rational> initial, Rational[][] x, int[] y,
        Rational eta, Rational beta, int steps)
    {
        int m = initial.Width, d = initial.Dimension, n = x.Length;
        var w = new Rational[m, d];
        var b = new Rational[m];
        var velocityW = new Rational[m, d];
        var velocityB = new Rational[m];
        for (int i = 0; i < m; i++)
        {
            b[i] = initial.Bias[i];
            for (int j = 0; j < d; j++) w[i, j] = initial.Weights[i, j];
        }
        var list = new List<TwoLayerNetwork<Rational>> { initial };
        for (int s = 1; s <= steps; s++)
        {
            var current = list[^1];
            for (int i = 0; i < m; i++)
            {
                Rational directionB = 0;
                var directionW = new Rational[d];
                for (int k = 0; k < n; k++)
                {
                    var c = y[k] * initial.Readout[i] * ActivationDerivative(Preactivation(current, i, x[k]), initial.Slope) / n;
                    directionB += c;
                    for (int j = 0; j < d; j++) directionW[j] += c * x[k][j];
                }
                velocityB[i] = beta * velocityB[i] + directionB;
                b[i] += eta * velocityB[i];
                for (int j = 0; j < d; j++)
                {
                    velocityW[i, j] = beta * velocityW[i, j] + directionW[j];
                    w[i, j] += eta * velocityW[i, j];
                }
            }
            var weights = new Matrix<Rational>(m, d);
            for (int i = 0; i < m; i++) for (int j = 0; j < d; j++) weights[i, j] = w[i, j];
            list.Add(new TwoLayerNetwork<Rational>(weights, (Rational[])b.Clone(), (Rational[])initial.Readout.Clone(), initial.Slope));
        }
        return list;
    }

    /// <summary>How many (neuron, point) patterns differ from step 0 at some step, and how many at the last step.</summary>
    public static (int Ever, int AtEnd) Flips(IReadOnlyList<TwoLayerNetwork<Rational>> trajectory, IEnumerable<Rational[]> points)
    {
        int ever = 0, atEnd = 0;
        foreach (var p in points)
        {
            var initial = Pattern(trajectory[0], p);
            var changed = new bool[initial.Length];
            for (int s = 1; s < trajectory.Count; s++)
            {
                var pattern = Pattern(trajectory[s], p);
                for (int i = 0; i < pattern.Length; i++) changed[i] |= pattern[i] != initial[i];
                if (s == trajectory.Count - 1) atEnd += Enumerable.Range(0, pattern.Length).Count(i => pattern[i] != initial[i]);
            }
            ever += changed.Count(c => c);
        }
        return (ever, atEnd);
    }

    /// <summary>True when no pattern at any of the points differs from step 0 at any step.</summary>
    public static bool PatternsFrozen(IReadOnlyList<TwoLayerNetwork<Rational>> trajectory, IEnumerable<Rational[]> points)
    {
        var pts = points.ToArray();
        var initial = pts.Select(p => Pattern(trajectory[0], p)).ToArray();
        for (int s = 1; s < trajectory.Count; s++)
            for (int p = 0; p < pts.Length; p++)
                if (!Pattern(trajectory[s], pts[p]).SequenceEqual(initial[p])) return false;
        return true;
    }

    /// <summary>
    /// E1 coefficients from the update rule of THEORY §3 along a trajectory (identity loss, λ = 1):
    /// V ← βV + (1/N) y_n a_i φ'_i(x_n), α ← α + ηV.
    /// </summary>
    public static Rational[,] SpanCoefficients(IReadOnlyList<TwoLayerNetwork<Rational>> trajectory, Rational[][] x, int[] y,
        Rational eta, Rational beta)
    {
        int m = trajectory[0].Width, n = x.Length;
        var alpha = new Rational[m, n];
        var velocity = new Rational[m, n];
        for (int s = 0; s + 1 < trajectory.Count; s++)
        {
            var net = trajectory[s];
            for (int i = 0; i < m; i++)
                for (int k = 0; k < n; k++)
                {
                    velocity[i, k] = beta * velocity[i, k] + y[k] * net.Readout[i] * ActivationDerivative(Preactivation(net, i, x[k]), net.Slope) / n;
                    alpha[i, k] += eta * velocity[i, k];
                }
        }
        return alpha;
    }

    /// <summary>Rank over the rationals by Gaussian elimination.</summary>
    public static int Rank(IEnumerable<Rational[]> rows)
    {
        var a = rows.Select(r => (Rational[])r.Clone()).ToList();
        if (a.Count == 0) return 0;
        int cols = a[0].Length, rank = 0;
        for (int c = 0; c < cols && rank < a.Count; c++)
        {
            int pivot = a.FindIndex(rank, r => !r[c].IsZero);
            if (pivot < 0) continue;
            (a[rank], a[pivot]) = (a[pivot], a[rank]);
            for (int r = 0; r < a.Count; r++)
            {
                if (r == rank || a[r][c].IsZero) continue;
                var factor = a[r][c] / a[rank][c];
                for (int k = c; k < cols; k++) a[r][k] -= factor * a[rank][k];
            }
            rank++;
        }
        return rank;
    }

    /// <summary>v ∈ span(rows), decided exactly: appending v does not raise the rank.</summary>
    public static bool InSpan(Rational[][] rows, Rational[] v) => Rank(rows.Append(v)) == Rank(rows);

    public static string Show(IEnumerable<Rational> v) => "[" + string.Join(", ", v) + "]";
}
