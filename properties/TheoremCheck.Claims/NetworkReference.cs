using TheoremCheck.Networks;

namespace TheoremCheck.Claims;

/// <summary>
/// Outputs and input gradients of a two-layer network (THEORY §2) written again in plain loops, each with a bound on
/// its rounding error that holds for any summation order, so that the library's values can be compared with them and
/// a sign can be told apart from rounding noise.
/// </summary>
public static class NetworkReference
{
    /// <summary>
    /// f(z) = Σ_i a_i φ(⟨w_i, z⟩ + b_i) and a bound on the rounding error of any evaluation of it: each preactivation is
    /// within γ_{d+1} (Σ_j |w_ij z_j| + |b_i|) of exact, φ is 1-Lipschitz and |φ(u)| ≤ |u|, and the readout sum adds
    /// γ_{m+2} of its magnitude, so the error is at most γ_{m+d+4} Σ_i |a_i| (Σ_j |w_ij z_j| + |b_i|). An output whose
    /// magnitude is at most this bound has no trustworthy sign: that is the floor below which f counts as vanished.
    /// </summary>
    public static (double Value, double Error) Output(TwoLayerNetwork<double> network, double[] z)
    {
        int m = network.Width, d = network.Dimension;
        double slope = network.Slope, sum = 0, magnitude = 0;
        for (int i = 0; i < m; i++)
        {
            double pre = network.Bias[i], size = Math.Abs(network.Bias[i]);
            for (int j = 0; j < d; j++)
            {
                pre += network.Weights[i, j] * z[j];
                size += Math.Abs(network.Weights[i, j] * z[j]);
            }
            sum += network.Readout[i] * (pre >= 0 ? pre : slope * pre);
            magnitude += Math.Abs(network.Readout[i]) * size;
        }
        return (sum, RoundingBounds.Gamma(m + d + 4) * magnitude);
    }

    /// <summary>
    /// ∇f(z) = Σ_i a_i φ'(⟨w_i, z⟩ + b_i) w_i and a bound on the norm of its rounding error: γ_{m+1} Σ_i |a_i w_ij| per
    /// coordinate, plus, for every neuron whose preactivation is within its own rounding of 0 (where φ' jumps and two
    /// evaluations may disagree), the whole jump |a_i| (1-γ) ||w_i||.
    /// </summary>
    public static (double[] Value, double Error) Gradient(TwoLayerNetwork<double> network, double[] z)
    {
        int m = network.Width, d = network.Dimension;
        double slope = network.Slope, ambiguous = 0;
        var gradient = new double[d];
        var size = new double[d];
        for (int i = 0; i < m; i++)
        {
            double pre = network.Bias[i], preSize = Math.Abs(network.Bias[i]);
            for (int j = 0; j < d; j++)
            {
                pre += network.Weights[i, j] * z[j];
                preSize += Math.Abs(network.Weights[i, j] * z[j]);
            }
            double a = network.Readout[i], derivative = pre >= 0 ? 1 : slope;
            double rowNorm = 0;
            for (int j = 0; j < d; j++)
            {
                gradient[j] += a * derivative * network.Weights[i, j];
                size[j] += Math.Abs(a * network.Weights[i, j]);
                rowNorm += network.Weights[i, j] * network.Weights[i, j];
            }
            if (Math.Abs(pre) <= RoundingBounds.Gamma(d + 1) * preSize) ambiguous += Math.Abs(a) * (1 - slope) * Math.Sqrt(rowNorm);
        }
        double error = 0;
        for (int j = 0; j < d; j++) error += size[j] * size[j];
        return (gradient, RoundingBounds.Gamma(m + 1) * Math.Sqrt(error) + ambiguous);
    }
}
