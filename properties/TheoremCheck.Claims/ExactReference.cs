using System.Numerics;
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
    /// <summary>⟨w_i, z⟩ + b_i.</summary>
    public static Rational Preactivation(TwoLayerNetwork<Rational> net, int i, Rational[] z) => PreactivationSum(net, i, z).Value;

    /// <summary>sgn(⟨w_i, z⟩ + b_i) ≥ 0: neuron i is on its identity side at z.</summary>
    public static bool Active(TwoLayerNetwork<Rational> net, int i, Rational[] z) => PreactivationSum(net, i, z).Sign >= 0;

    private static ExactSum PreactivationSum(TwoLayerNetwork<Rational> net, int i, Rational[] z)
    {
        var sum = new ExactSum();
        sum.Add(net.Bias[i]);
        for (int j = 0; j < z.Length; j++) sum.Add(net.Weights[i, j], z[j]);
        return sum;
    }

    /// <summary>φ'_i(z) = 1 if ⟨w_i, z⟩ + b_i ≥ 0 else γ (φ'(0) = 1, THEORY §2), from the sign alone.</summary>
    public static Rational ActivationDerivative(TwoLayerNetwork<Rational> net, int i, Rational[] z) => Active(net, i, z) ? Rational.One : net.Slope;

    public static Rational Output(TwoLayerNetwork<Rational> net, Rational[] z)
    {
        var sum = new ExactSum();
        for (int i = 0; i < net.Width; i++)
        {
            var u = Preactivation(net, i, z);
            sum.Add(net.Readout[i], u.Sign >= 0 ? u : net.Slope * u);
        }
        return sum.Value;
    }

    public static Rational[] Gradient(TwoLayerNetwork<Rational> net, Rational[] z)
    {
        var g = new ExactSum[z.Length];
        for (int i = 0; i < net.Width; i++)
        {
            var c = net.Readout[i] * ActivationDerivative(net, i, z);
            for (int j = 0; j < z.Length; j++) g[j].Add(c, net.Weights[i, j]);
        }
        return Array.ConvertAll(g, s => s.Value);
    }

    public static bool[] Pattern(TwoLayerNetwork<Rational> net, Rational[] z)
    {
        var patterns = Patterns(net, IntegerPoints.Of([z]));
        return Enumerable.Range(0, net.Width).Select(i => patterns[i, 0]).ToArray();
    }

    /// <summary>
    /// Points as integers: each over its own common denominator L_p (z̃_p = L_p z_p and, for the bias, L_p), so that each
    /// preactivation sign below is an integer dot product with no division or gcd, and its factors are as short as the
    /// point allows (one denominator for all of g's training points r_n would carry every ||u_n||_∞ at once).
    /// </summary>
    public sealed class IntegerPoints
    {
        public required BigInteger[][] Scaled { get; init; }
        public required BigInteger[] Denominators { get; init; }
        public int Count => Scaled.Length;

        public static IntegerPoints Of(IReadOnlyList<Rational[]> points)
        {
            var denominators = points.Select(p => CommonDenominator(p)).ToArray();
            return new IntegerPoints { Scaled = points.Select((p, k) => Scale(p, denominators[k])).ToArray(), Denominators = denominators };
        }
    }

    /// <summary>The lcm of the values' denominators.</summary>
    private static BigInteger CommonDenominator(IEnumerable<Rational> values)
    {
        var common = BigInteger.One;
        foreach (var v in values)
        {
            var q = v.Denominator;
            if (!BigInteger.Remainder(common, q).IsZero) common = common / BigInteger.GreatestCommonDivisor(common, q) * q;
        }
        return common;
    }

    /// <summary>L·v for each value: integers when L is a common multiple of their denominators.</summary>
    private static BigInteger[] Scale(IReadOnlyList<Rational> values, BigInteger common) =>
        values.Select(v => v.Numerator * (common / v.Denominator)).ToArray();

    /// <summary>
    /// φ'-patterns [i, p] = (⟨w_i, z_p⟩ + b_i ≥ 0) of every neuron at every point. With L_i the common denominator of
    /// neuron i's weights and bias, L_i L_p (⟨w_i, z_p⟩ + b_i) = Σ_j (L_i w_ij)(L_p z_pj) + (L_i b_i) L_p is an integer of the same sign.
    /// </summary>
    public static bool[,] Patterns(TwoLayerNetwork<Rational> net, IntegerPoints points)
    {
        int m = net.Width, d = net.Dimension;
        var patterns = new bool[m, points.Count];
        var row = new Rational[d + 1];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < d; j++) row[j] = net.Weights[i, j];
            row[d] = net.Bias[i];
            var scaled = Scale(row, CommonDenominator(row));
            for (int p = 0; p < points.Count; p++)
            {
                var z = points.Scaled[p];
                var sum = scaled[d] * points.Denominators[p];
                for (int j = 0; j < d; j++) sum += scaled[j] * z[j];
                patterns[i, p] = sum.Sign >= 0;
            }
        }
        return patterns;
    }

    /// <summary>K(x, z) = Σ_i a_i² φ'_i(x) φ'_i(z).</summary>
    public static Rational Kernel(TwoLayerNetwork<Rational> net, Rational[] x, Rational[] z)
    {
        var sum = new ExactSum();
        for (int i = 0; i < net.Width; i++)
            sum.Add(net.Readout[i] * net.Readout[i], ActivationDerivative(net, i, x) * ActivationDerivative(net, i, z));
        return sum.Value;
    }

    public static Rational Dot(Rational[] x, Rational[] z)
    {
        var sum = new ExactSum();
        for (int j = 0; j < x.Length; j++) sum.Add(x[j], z[j]);
        return sum.Value;
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
        var sum = new ExactSum();
        for (int n = 0; n < x.Length; n++) sum.Add(y[n] * Kernel(initial, x[n], z), Dot(x[n], z) + 1);
        return Output(initial, z) + t * sum.Value / x.Length;
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
        var feature = new ExactSum();
        var bias = new ExactSum();
        for (int n = 0; n < r.Length; n++)
        {
            var k = Kernel(initialG, r[n], z);
            feature.Add(k, Dot(u[n], z) / normalisers[n]);
            bias.Add(targets[n], k);
        }
        return Output(initialG, z) + tG * epsilon * feature.Value / r.Length + tG * bias.Value / r.Length;
    }

    /// <summary>
    /// The networks after 0, 1, ..., S steps of full-batch GD on the identity loss with heavy ball as PyTorch
    /// (THEORY §2-§3), written out without the library's training: at each step the descent direction
    /// D_i = (1/N) Σ_n y_n a_i φ'_i(x_n) (x_n, 1) at the current weights, V ← βV + D, (w_i, b_i) ← (w_i, b_i) + ηV.
    /// The inputs are held as integers over one common denominator L (x_n = x̃_n / L), so the sum over samples is
    /// (a_i / (N L)) [Σ_{n active} y_n x̃_n + γ Σ_{n inactive} y_n x̃_n], two integer sums per neuron, and one rational per
    /// coordinate; the patterns come from <see cref="Patterns"/>.
    /// </summary>
    public static List<TwoLayerNetwork<Rational>> Trajectory(TwoLayerNetwork<Rational> initial, Rational[][] x, int[] y,
        Rational eta, Rational beta, int steps)
    {
        int m = initial.Width, d = initial.Dimension, n = x.Length;
        var points = IntegerPoints.Of(x);
        var common = CommonDenominator(x.SelectMany(p => p));
        var inputs = x.Select(p => Scale(p, common)).ToArray(); // x̃_n = L x_n, all over one L so that they can be added
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
        var active = new BigInteger[d + 1];   // Σ over active samples of y_n (x̃_n, L)
        var inactive = new BigInteger[d + 1]; // the same over inactive samples
        for (int s = 1; s <= steps; s++)
        {
            var patterns = Patterns(list[^1], points);
            for (int i = 0; i < m; i++)
            {
                Array.Clear(active);
                Array.Clear(inactive);
                for (int k = 0; k < n; k++)
                {
                    var sums = patterns[i, k] ? active : inactive;
                    var point = inputs[k];
                    for (int j = 0; j < d; j++) sums[j] += y[k] * point[j];
                    sums[d] += y[k] * common;
                }
                var scale = initial.Readout[i] / (n * (Rational)common);
                for (int j = 0; j <= d; j++)
                {
                    var direction = scale * ((Rational)active[j] + initial.Slope * inactive[j]);
                    if (j < d)
                    {
                        velocityW[i, j] = beta * velocityW[i, j] + direction;
                        w[i, j] += eta * velocityW[i, j];
                    }
                    else
                    {
                        velocityB[i] = beta * velocityB[i] + direction;
                        b[i] += eta * velocityB[i];
                    }
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
        var integers = IntegerPoints.Of(points.ToArray());
        var initial = Patterns(trajectory[0], integers);
        for (int s = 1; s < trajectory.Count; s++)
        {
            var patterns = Patterns(trajectory[s], integers);
            for (int i = 0; i < initial.GetLength(0); i++)
                for (int p = 0; p < integers.Count; p++)
                    if (patterns[i, p] != initial[i, p]) return false;
        }
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
                    velocity[i, k] = beta * velocity[i, k] + y[k] * net.Readout[i] * ActivationDerivative(net, i, x[k]) / n;
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
