using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// One heavy-ball update in double, element by element: v ← βv + g, θ ← θ + ηv (two roundings each, no fused
/// multiply-add, as the generic loop writes it), and whether every updated θ is finite. Elementwise, so every
/// <see cref="VectorPath"/> gives the generic loop's bits.
/// </summary>
internal static unsafe class HeavyBallStep<TBlock> where TBlock : struct, ILaneBlock<TBlock>
{
    public static bool Run(Span<double> velocity, ReadOnlySpan<double> gradient, double momentum, Span<double> parameters, double rate)
    {
        fixed (double* v = velocity, g = gradient, p = parameters)
            return Update(v, g, momentum, p, rate, velocity.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization), SkipLocalsInit]
    private static bool Update(double* v, double* g, double momentum, double* p, double rate, int count)
    {
        var beta = TBlock.Broadcast(momentum);
        var eta = TBlock.Broadcast(rate);
        // θ·0 is ±0 for finite θ and NaN for ±∞ or NaN, so the sum of them is NaN exactly when some θ is not finite.
        var zero = TBlock.Zero;
        var poison = TBlock.Zero;
        int i = 0;
        for (; i <= count - 8; i += 8)
        {
            var velocity = TBlock.Add(TBlock.Multiply(beta, TBlock.Load(v + i)), TBlock.Load(g + i));
            TBlock.Store(velocity, v + i);
            var parameter = TBlock.Add(TBlock.Load(p + i), TBlock.Multiply(eta, velocity));
            TBlock.Store(parameter, p + i);
            poison = TBlock.Add(poison, TBlock.Multiply(parameter, zero));
        }
        double* lanes = stackalloc double[8];
        TBlock.Store(poison, lanes);
        bool finite = true;
        for (int l = 0; l < 8; l++) finite &= !double.IsNaN(lanes[l]);
        for (; i < count; i++)
        {
            v[i] = momentum * v[i] + g[i];
            p[i] += rate * v[i];
            finite &= double.IsFinite(p[i]);
        }
        return finite;
    }
}
