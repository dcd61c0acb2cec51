using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

/// <summary>The Rational seam gives the same values as the reference loops, which normalise after every operation.</summary>
public sealed class RationalProviderTests
{
    private static Rational Draw(Random rng) => rng.Next(8) switch
    {
        0 => Rational.Zero,
        1 => new Rational(BigInteger.Pow(3, rng.Next(20, 60)) * (rng.Next(2) * 2 - 1), BigInteger.Pow(10, rng.Next(0, 30))),
        2 => new Rational(rng.NextInt64(-(1L << 62), 1L << 62), 1L << rng.Next(0, 63)),
        _ => new Rational(rng.Next(-64, 65), (long)rng.Next(1, 13) << rng.Next(0, 8)),
    };

    private static Rational[] Draws(Random rng, int count) => Enumerable.Range(0, count).Select(_ => Draw(rng)).ToArray();

    [Fact]
    public void Products_dots_and_gradients_equal_the_reference_loops()
    {
        var rng = new Random(5);
        IComputeProvider<Rational> fast = RationalProvider.Instance, reference = ReferenceProvider<Rational>.Instance;
        for (int k = 0; k < 300; k++)
        {
            int n = rng.Next(0, 6), width = rng.Next(1, 6), dimension = rng.Next(0, 5);
            var inputs = Draws(rng, n * dimension);
            var pre = Draws(rng, n * width);
            var readout = Draws(rng, width);
            var weights = Draws(rng, n);
            var slope = new Rational(rng.Next(0, 4), 4);
            var bias = rng.Next(2) == 0 ? [] : Draws(rng, width);
            var weightRows = Draws(rng, width * dimension);

            // A Bᵀ with a bias, as the preactivations use it; Gᵀ X through the gradient.
            var expected = new Rational[n * width];
            var actual = new Rational[n * width];
            reference.Multiply(n, width, dimension, inputs, dimension, 1, weightRows, 1, dimension, expected, width, bias);
            fast.Multiply(n, width, dimension, inputs, dimension, 1, weightRows, 1, dimension, actual, width, bias);
            Assert.Equal(expected, actual);

            var (factors, biasGradient, weightGradient) = (new Rational[n * width], new Rational[width], new Rational[width * dimension]);
            var (factors2, biasGradient2, weightGradient2) = (new Rational[n * width], new Rational[width], new Rational[width * dimension]);
            reference.LeakyReluGradient(inputs, dimension, pre, width, readout, weights, slope, factors, biasGradient, weightGradient);
            fast.LeakyReluGradient(inputs, dimension, pre, width, readout, weights, slope, factors2, biasGradient2, weightGradient2);
            Assert.Equal(factors, factors2);
            Assert.Equal(biasGradient, biasGradient2);
            Assert.Equal(weightGradient, weightGradient2);

            var x = Draws(rng, dimension);
            var y = Draws(rng, dimension);
            Assert.Equal(reference.Dot(x, y), fast.Dot(x, y));
        }
    }

    /// <summary>Values over unrelated denominators of about 40 bits, like g's training points r_n = ε y u_n/||u_n||_∞: the
    /// common denominators of a row and a column no longer fit a word, so the product takes its scaled integer path.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Products_over_unrelated_large_denominators_equal_the_reference_loops(int seed)
    {
        var rng = new Random(seed);
        Rational Unrelated() => rng.Next(5) == 0 ? Rational.Zero
            : new Rational(rng.NextInt64(-(1L << 40), 1L << 40), (rng.NextInt64(1L << 38, 1L << 40) | 1) << rng.Next(0, 4));
        int rows = rng.Next(1, 7), cols = rng.Next(1, 7), depth = rng.Next(1, 9);
        var a = Enumerable.Range(0, rows * depth).Select(_ => Unrelated()).ToArray();
        var b = Enumerable.Range(0, depth * cols).Select(_ => Unrelated()).ToArray();
        var init = Enumerable.Range(0, cols).Select(_ => Unrelated()).ToArray();
        var expected = new Rational[rows * cols];
        var actual = new Rational[rows * cols];
        ReferenceProvider<Rational>.Instance.Multiply(rows, cols, depth, a, depth, 1, b, cols, 1, expected, cols, init);
        RationalProvider.Instance.Multiply(rows, cols, depth, a, depth, 1, b, cols, 1, actual, cols, init);
        Assert.Equal(expected, actual);
        Assert.Contains(actual, v => !v.FitsInWords);
    }
}
