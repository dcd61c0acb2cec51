using MathNet.Numerics.LinearAlgebra;
using TheoremCheck.Networks;

namespace TheoremCheck.Claims;

/// <summary>
/// The C1 bound (THEORY §1 C1, §3 E3, §4), derived, not fitted. Identity loss, plain GD for time t = η S, Gaussian
/// initialisation a_i = z_i/√m with z_i standard normal independent of the first layer (w_i, b_i).
///
/// <para><b>Decomposition (E3).</b> With identity loss each neuron moves by its own patterns only: one step adds
/// η g_i to w_i with g_i = (a_i/N) Σ_k y_k φ'_i(x_k) x_k (and η a_i/N Σ_k y_k φ'_i(x_k) to b_i). Call neuron i
/// <i>stable</i> when its E3 preactivations pre_i(x_k) + s η c_ik (c_ik = ⟨g_i, x_k⟩ + the bias step) keep their sign at
/// every training point for s = 0 and s = S, by more than their rounding error; they are linear in s, so then no
/// pattern of i ever flips and w_i(t) = w_i(0) + t g_i exactly (checked to rounding). Summing over neurons,
///     u_n = ∇f_t(x_n) = ∇f_0(x_n) + t v^K_n + F_n,    v^K_n = (1/N) Σ_k y_k K(x_k, x_n) x_k,
/// where F_n, the <i>flip term</i>, collects the unstable neurons and is measured against the E3 prediction:
/// F_n = u_n - [∇f_0(x_n) + t v^K_n]. Hence ||u_n - t v_n|| ≤ ||∇f_0(x_n)|| + t ||v^K_n - v_n|| + ||F_n||.</para>
///
/// <para><b>Initial gradient ∇f_0(x_n).</b> Given the first layer it is Σ_i a_i φ'_i(x_n) w_i ~ N(0, C_n),
/// C_n = (1/m) Σ_i φ'_i(x_n)² w_i w_iᵀ, so ||∇f_0(x_n)||² = Σ_j λ_j Z_j² over the eigenvalues of C_n. Laurent and
/// Massart (2000, Lemma 1): P(Σ λ_j (Z_j² - 1) ≥ 2 ||λ||₂ √x + 2 ||λ||_∞ x) ≤ e^-x, so with confidence 1 - e^-x
///     Ĝ_n² = tr C_n + 2 ||C_n||_F √x + 2 ||C_n||_op x.</para>
///
/// <para><b>Finite-width kernel error K - Φ.</b> v^K_n = Σ_i a_i² q_i with q_i = φ'_i(x_n) h_i,
/// h_i = (1/N) Σ_k y_k φ'_i(x_k) x_k, a function of neuron i's first layer. Split
/// v^K_n - v_n = (1/m) Σ_i (z_i² - 1) q_i + [(1/m) Σ_i q_i - v_n], since E q_i = v_n.
/// (i) Given the first layer, coordinate j of the first part is Σ_i λ_i (Z_i² - 1) with signed λ_i = q_ij/m; the same
/// Laurent-Massart bound holds for signed weights (log E e^{sλ(Z²-1)} ≤ s²λ²/(1 - 2s|λ|) either sign), two-sided
/// with probability 2e^-x; the coordinates combine in quadrature.
/// (ii) The second part is the mean of m independent copies of the bounded vector q (||q|| ≤ M = (1/N) Σ_k ||x_k||);
/// Pinelis's Bernstein inequality in Hilbert space in the form of Smale and Zhou (2007, Lemma 2): with confidence
/// 1 - δ, ||(1/m) Σ (q_i - E q)|| ≤ 2M ln(2/δ)/m + √(2 σ² ln(2/δ)/m) with σ² = E||q||², computed exactly:
/// E||q||² = (1/N²) Σ_{k,l} y_k y_l ⟨x_k, x_l⟩ E[φ'_n² φ'_k φ'_l], where the expectation over (w, b) expands into
/// orthant probabilities of the preactivations, P(one ≥ 0) = 1/2, P(two) = 1/4 + arcsin ρ/(2π),
/// P(three) = 1/8 + (arcsin ρ₁₂ + arcsin ρ₁₃ + arcsin ρ₂₃)/(4π).
/// Ê_n is the sum of (i) and (ii).</para>
///
/// <para><b>Confidence.</b> <see cref="Confidence"/> δ per case, a third each to Ĝ (over N samples), (i) (over N·d
/// coordinates, two-sided) and (ii) (over N samples), by the union bound. Over 100 cases and 100 replay seeds the
/// expected number of spurious failures is 10⁴ δ = 0.01.</para>
///
/// <para><b>Geometry.</b> If ||u - t v|| ≤ δ_n t||v|| with δ_n &lt; 1 then sin∠(u, v) ≤ δ_n, so cos(u, v) ≥ √(1 - δ_n²);
/// the L2 attack r_n = ε y^adv_n u_n/||u_n|| then has y^adv_n cos(r_n, v_n) ≥ √(1 - δ_n²). Samples with δ_n ≥ 1 are
/// not decided by the bound.</para>
///
/// All quantities are computed here from the networks' weights in plain loops (the library's training, attack and
/// weights are what is checked); Φ and v_n come from <see cref="LimitReference"/>.
/// </summary>
public sealed class DirectionBound
{
    /// <summary>Failure probability allowed per case (all samples together).</summary>
    public const double Confidence = 1e-6;

    public required DirectionSample[] Samples { get; init; }
    public required double Time { get; init; }
    public required int StableNeurons { get; init; }
    /// <summary>Largest |w_i(t) - (w_i(0) + t g_i)| over stable neurons and coordinates, divided by its rounding bound.</summary>
    public required double WorstE3Ratio { get; init; }
    public required string WorstE3Detail { get; init; }
    /// <summary>Largest ||r_n - ε y^adv_n u_n/||u_n|||| divided by its rounding bound.</summary>
    public required double WorstAttackRatio { get; init; }
    public required string WorstAttackDetail { get; init; }

    /// <param name="inputs">training inputs x_n</param>
    /// <param name="labels">labels y_n</param>
    /// <param name="initial">f at initialisation (Gaussian init, readout a_i = z_i/√m)</param>
    /// <param name="trained">f after <paramref name="steps"/> steps of plain GD with step <paramref name="rate"/>, identity loss</param>
    /// <param name="perturbations">the library's r_n</param>
    /// <param name="targets">y^adv_n</param>
    public static DirectionBound Measure(double[][] inputs, int[] labels, TwoLayerNetwork<double> initial, TwoLayerNetwork<double> trained,
        double rate, int steps, double epsilon, double[][] perturbations, int[] targets)
    {
        int count = inputs.Length, d = inputs[0].Length, m = initial.Width;
        double slope = initial.Slope, time = rate * steps;
        var reference = new LimitReference(inputs, labels, slope);

        // Initial patterns and E3 steps per neuron.
        var w0 = new double[m][];
        var b0 = initial.Bias;
        var a = initial.Readout;
        var pre0 = new double[m, count];
        var derivative0 = new double[m, count];
        var step = new double[m][];      // g_i
        var biasStep = new double[m];    // (a_i/N) Σ_k y_k φ'_i(x_k)
        var spread = new double[m][];    // R_ij = |a_i| (1/N) Σ_k |x_kj|, the size of a step's terms
        var columnSpread = new double[d];
        for (int j = 0; j < d; j++)
        {
            for (int k = 0; k < count; k++) columnSpread[j] += Math.Abs(inputs[k][j]);
            columnSpread[j] /= count;
        }
        for (int i = 0; i < m; i++)
        {
            w0[i] = initial.Weights.RowArray(i);
            step[i] = new double[d];
            spread[i] = new double[d];
            for (int k = 0; k < count; k++)
            {
                double pre = b0[i] + LimitReference.Dot(w0[i], inputs[k]);
                pre0[i, k] = pre;
                derivative0[i, k] = pre >= 0 ? 1 : slope;
                double coefficient = labels[k] * a[i] * derivative0[i, k] / count;
                biasStep[i] += coefficient;
                for (int j = 0; j < d; j++) step[i][j] += coefficient * inputs[k][j];
            }
            for (int j = 0; j < d; j++) spread[i][j] = Math.Abs(a[i]) * columnSpread[j];
        }

        // Rounding of the library's S steps against the E3 line (Higham-style, see RoundingBounds): each step's increment
        // is a sum of N + 4 rounded terms, each addition to w rounds once; the E3 prediction here rounds once more.
        double sumError = RoundingBounds.Gamma(count + 4), u = RoundingBounds.UnitRoundoff;
        double WeightTolerance(double initialValue, double termSize) =>
            2 * time * sumError * termSize + (steps + 1) * u * (Math.Abs(initialValue) + time * termSize);

        var stable = new bool[m];
        int stableCount = 0;
        double worstE3 = 0;
        string worstE3Detail = "no stable neuron";
        for (int i = 0; i < m; i++)
        {
            stable[i] = true;
            for (int k = 0; k < count && stable[i]; k++)
            {
                double drift = biasStep[i] + LimitReference.Dot(step[i], inputs[k]);
                double end = pre0[i, k] + time * drift;
                double tolerance = WeightTolerance(b0[i], Math.Abs(a[i]));
                double magnitude = Math.Abs(b0[i]) + time * Math.Abs(a[i]);
                for (int j = 0; j < d; j++)
                {
                    tolerance += WeightTolerance(w0[i][j], spread[i][j]) * Math.Abs(inputs[k][j]);
                    magnitude += (Math.Abs(w0[i][j]) + time * spread[i][j]) * Math.Abs(inputs[k][j]);
                }
                tolerance += 2 * RoundingBounds.Gamma(d + count + 6) * magnitude;
                stable[i] = (pre0[i, k] >= 0) == (end >= 0) && Math.Min(Math.Abs(pre0[i, k]), Math.Abs(end)) > tolerance;
            }
            if (!stable[i]) continue;
            stableCount++;
            for (int j = 0; j <= d; j++)
            {
                double predicted = j < d ? w0[i][j] + time * step[i][j] : b0[i] + time * biasStep[i];
                double actual = j < d ? trained.Weights[i, j] : trained.Bias[i];
                double ratio = Math.Abs(actual - predicted) / WeightTolerance(j < d ? w0[i][j] : b0[i], j < d ? spread[i][j] : Math.Abs(a[i]));
                if (ratio > worstE3)
                {
                    worstE3 = ratio;
                    worstE3Detail = $"stable neuron {i}, {(j < d ? $"weight {j}" : "bias")}: trained {actual:R}, E3 {predicted:R}";
                }
            }
        }

        double xG = Math.Log(3.0 * count / Confidence);
        double xCoordinate = Math.Log(6.0 * count * d / Confidence);
        double xBernstein = Math.Log(2 / (Confidence / (3.0 * count)));
        double meanNorm = inputs.Average(LimitReference.Norm);

        var all = new double[d * d];   // Σ_i w_i w_iᵀ over every neuron (lower triangle)
        for (int i = 0; i < m; i++) AddOuterProduct(all, w0[i]);

        var samples = new DirectionSample[count];
        double worstAttack = 0;
        string worstAttackDetail = "";
        for (int n = 0; n < count; n++)
        {
            var (gradient, gradientError) = NetworkReference.Gradient(trained, inputs[n]); // u_n from the trained weights
            var predicted = new double[d];    // ∇f_0(x_n) + t v^K_n
            var predictedSize = new double[d];
            var active = new double[d * d];   // Σ over neurons active at x_n of w_i w_iᵀ (lower triangle)
            var chiSquare = new double[d];    // Σ_i q_ij²
            var chiMax = new double[d];       // max_i |q_ij|
            for (int i = 0; i < m; i++)
            {
                double d0 = derivative0[i, n];
                for (int j = 0; j < d; j++)
                {
                    predicted[j] += a[i] * d0 * (w0[i][j] + time * step[i][j]);
                    predictedSize[j] += Math.Abs(a[i]) * (Math.Abs(w0[i][j]) + time * Math.Abs(step[i][j]));
                    // q_i = φ'_i(x_n) h_i and h_i = g_i / a_i.
                    double q = a[i] == 0 ? 0 : d0 * step[i][j] / a[i];
                    chiSquare[j] += q * q;
                    chiMax[j] = Math.Max(chiMax[j], Math.Abs(q));
                }
                if (d0 == 1) AddOuterProduct(active, w0[i]);
            }
            // C_n = (1/m) Σ_i φ'_i(x_n)² w_i w_iᵀ = (1/m) [γ² Σ_all + (1 - γ²) Σ_active], φ' being 1 or γ.
            var covariance = new double[d, d];
            for (int j = 0; j < d; j++)
                for (int l = 0; l <= j; l++)
                    covariance[j, l] = covariance[l, j] = (slope * slope * all[j * d + l] + (1 - slope * slope) * active[j * d + l]) / m;
            var c = Matrix<double>.Build.DenseOfArray(covariance);
            double trace = c.Trace(), frobenius = c.FrobeniusNorm(), operatorNorm = c.L2Norm();
            double initialGradient = Math.Sqrt(trace + 2 * frobenius * Math.Sqrt(xG) + 2 * operatorNorm * xG);

            double chiPart = 0;
            for (int j = 0; j < d; j++)
            {
                double bound = 2 * Math.Sqrt(chiSquare[j]) / m * Math.Sqrt(xCoordinate) + 2 * chiMax[j] / m * xCoordinate;
                chiPart += bound * bound;
            }
            double secondMoment = SecondMoment(inputs, labels, n, slope);
            double bernstein = 2 * meanNorm * xBernstein / m + Math.Sqrt(2 * secondMoment * xBernstein / m);
            double kernelError = Math.Sqrt(chiPart) + bernstein;

            var v = reference.ClassFeature(n);
            double flip = 0, observed = 0, rounding = 0;
            for (int j = 0; j < d; j++)
            {
                flip += (gradient[j] - predicted[j]) * (gradient[j] - predicted[j]);
                observed += (gradient[j] - time * v[j]) * (gradient[j] - time * v[j]);
                double e = RoundingBounds.Gamma(m + count + 8) * predictedSize[j];
                rounding += e * e;
            }
            // The exact E3 prediction is within `rounding` of the computed one, u_n within its own rounding, t v_n within t ||Δv_n||.
            rounding = Math.Sqrt(rounding) + gradientError + time * LimitReference.Norm(reference.ClassFeatureError(n));
            double gradientNorm = LimitReference.Norm(gradient);

            // The attack: r_n = ε y^adv_n u_n / ||u_n|| up to the rounding of u_n (library and here) and of the division.
            // Each of u_lib and u here is within gradientError of exact; normalising doubles a relative error.
            double attackTolerance = epsilon * (4 * gradientError / gradientNorm + RoundingBounds.Gamma(2 * d + 4));
            double attackGap = 0;
            for (int j = 0; j < d; j++)
            {
                double expected = epsilon * targets[n] * gradient[j] / gradientNorm;
                attackGap += (perturbations[n][j] - expected) * (perturbations[n][j] - expected);
            }
            attackGap = Math.Sqrt(attackGap);
            if (attackGap / attackTolerance > worstAttack || n == 0)
            {
                worstAttack = Math.Max(worstAttack, attackGap / attackTolerance);
                worstAttackDetail = $"sample {n}: ||r_n - ε y^adv u_n/||u_n|||| = {attackGap:G3}, rounding bound {attackTolerance:G3}";
            }

            var (cosine, cosineError) = reference.AbsoluteCosine(n, perturbations[n]);
            double signedCosine = targets[n] * Math.Sign(LimitReference.Dot(perturbations[n], v)) * cosine;
            samples[n] = new DirectionSample(initialGradient, kernelError, Math.Sqrt(flip), rounding,
                time * reference.ClassFeatureNorm(n) - time * reference.ClassFeatureNormError(n), Math.Sqrt(observed),
                signedCosine, cosineError + attackTolerance / epsilon);
        }
        return new DirectionBound
        {
            Samples = samples, Time = time, StableNeurons = stableCount,
            WorstE3Ratio = worstE3, WorstE3Detail = worstE3Detail,
            WorstAttackRatio = worstAttack, WorstAttackDetail = worstAttackDetail,
        };
    }

    /// <summary>
    /// The lower triangle of sum += w wᵀ, row j as one vector operation: this N·m·d² accumulation is the largest part of
    /// the bound's cost, and each element is still w_j·w_l added to it, neuron by neuron, as a plain loop would.
    /// </summary>
    private static void AddOuterProduct(double[] sum, double[] w)
    {
        int d = w.Length;
        for (int j = 0; j < d; j++)
        {
            var row = sum.AsSpan(j * d, j + 1);
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(w.AsSpan(0, j + 1), w[j], row, row);
        }
    }

    /// <summary>
    /// An upper bound on E||q||² for q = φ'(u_n) (1/N) Σ_k y_k φ'(u_k) x_k over (w, b), from orthant probabilities: the
    /// value plus its rounding (each orthant probability is within the arcsine rounding of <see cref="RoundingBounds"/>, and
    /// the moment weights them by coefficients summing to at most 1; the double sum adds γ_{N²+d+4} of its magnitude).
    /// </summary>
    public static double SecondMoment(double[][] inputs, int[] labels, int n, double slope)
    {
        int count = inputs.Length, d = inputs[0].Length;
        // φ' = γ + (1-γ) I and φ'² = γ² + (1-γ²) I with I = 1[u ≥ 0].
        double c = slope, e = 1 - slope, A = slope * slope, B = 1 - slope * slope;
        double h = RoundingBounds.Correlation(d);
        double sum = 0, magnitude = 0, error = 0;
        for (int k = 0; k < count; k++)
            for (int l = 0; l < count; l++)
            {
                double rnk = LimitReference.Correlation(inputs[n], inputs[k]);
                double rnl = LimitReference.Correlation(inputs[n], inputs[l]);
                double rkl = LimitReference.Correlation(inputs[k], inputs[l]);
                double pkl = 0.25 + Math.Asin(rkl) / (2 * Math.PI), pnk = 0.25 + Math.Asin(rnk) / (2 * Math.PI), pnl = 0.25 + Math.Asin(rnl) / (2 * Math.PI);
                double pnkl = 0.125 + (Math.Asin(rnk) + Math.Asin(rnl) + Math.Asin(rkl)) / (4 * Math.PI);
                double moment = A * (c * c + c * e + e * e * pkl) + B * (c * c * 0.5 + c * e * (pnk + pnl) + e * e * pnkl);
                double momentError = Math.Max(RoundingBounds.Arcsine(rnk, h), Math.Max(RoundingBounds.Arcsine(rnl, h), RoundingBounds.Arcsine(rkl, h)))
                                   + 16 * RoundingBounds.UnitRoundoff;
                double product = LimitReference.Dot(inputs[k], inputs[l]);
                double productError = RoundingBounds.Gamma(d) * LimitReference.AbsDot(inputs[k], inputs[l]);
                sum += labels[k] * labels[l] * product * moment;
                magnitude += Math.Abs(product * moment);
                error += Math.Abs(product) * momentError + productError * moment;
            }
        return Math.Max(0, sum + error + RoundingBounds.Gamma(count * count + d + 4) * magnitude) / ((double)count * count);
    }
}
