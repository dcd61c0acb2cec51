using System.Numerics;
using TheoremCheck.Attacks;

namespace TheoremCheck.Tests.Attacks;

/// <summary>
/// The attacks over either number type (<see cref="PerturbationOverDoubleTests"/>, <see cref="PerturbationOverRationalTests"/>);
/// every value here is a dyadic fraction, exact in both.
/// </summary>
public abstract class PerturbationTests<T> where T : INumber<T>
{
    protected static T[] Values(params double[] values) => values.Select(T.CreateChecked).ToArray();

    protected static readonly T[] Gradient = Values(3, -4, 0, 1);

    protected static T Half => T.CreateChecked(0.5);

    [Fact]
    public void Linf_perturbation_is_epsilon_times_signs()
    {
        Assert.Equal(Values(0.25, -0.25, 0, 0.25), Perturbation.Create<T>(Gradient, 1, T.CreateChecked(0.25), PerturbationNorm.Linf));
        Assert.Equal(Values(-0.25, 0.25, 0, -0.25), Perturbation.Create<T>(Gradient, -1, T.CreateChecked(0.25), PerturbationNorm.Linf));
    }

    [Fact]
    public void L0_changes_only_the_largest_coordinates()
    {
        Assert.Equal(Values(0.5, -0.5, 0, 0), Perturbation.Create<T>(Gradient, 1, Half, PerturbationNorm.L0, 2));
        Assert.Equal(Values(0, 0.5, 0, 0), Perturbation.Create<T>(Gradient, -1, Half, PerturbationNorm.L0, 1));
        Assert.Equal([0], Perturbation.LargestMagnitudes<T>(Values(-2, 2, 1), 1));
        Assert.Equal([1, 2], Perturbation.LargestMagnitudes<T>(Values(1, 3, 2), 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Perturbation.Create<T>(Gradient, 1, Half, PerturbationNorm.L0, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Perturbation.Create<T>(Gradient, 1, Half, PerturbationNorm.L0, 0));
    }

    [Fact]
    public void Scaled_and_unnormalised_perturbations_keep_the_gradient_direction()
    {
        Assert.Equal(Values(0.375, -0.5, 0, 0.125), Perturbation.Create<T>(Gradient, 1, Half, PerturbationNorm.ScaledLinf));
        Assert.Equal(T.CreateChecked(4), Perturbation.Normaliser<T>(Gradient, PerturbationNorm.ScaledLinf));
        Assert.Equal(Values(-1.5, 2, 0, -0.5), Perturbation.Create<T>(Gradient, -1, Half, PerturbationNorm.None));
        Assert.Equal(T.One, Perturbation.Normaliser<T>(Gradient, PerturbationNorm.None));
        Assert.Throws<ArgumentException>(() => Perturbation.Normaliser<T>(Gradient, PerturbationNorm.Linf));
        Assert.Throws<ArgumentException>(() => Perturbation.Normaliser<T>(Gradient, PerturbationNorm.L0));
    }

    [Theory]
    [InlineData(PerturbationNorm.Linf)]
    [InlineData(PerturbationNorm.L0)]
    [InlineData(PerturbationNorm.ScaledLinf)]
    [InlineData(PerturbationNorm.None)]
    public void Zero_gradient_gives_a_zero_perturbation(PerturbationNorm norm)
    {
        var zero = Values(0, 0, 0, 0);
        Assert.True(Perturbation.IsZero<T>(zero));
        Assert.False(Perturbation.IsZero<T>(Gradient));
        Assert.All(Perturbation.Create<T>(zero, 1, Half, norm, 2), v => Assert.Equal(T.Zero, v));
        Assert.Equal(T.One, Perturbation.Normaliser<T>(zero, PerturbationNorm.ScaledLinf));
    }

    [Fact]
    public void Target_label_must_be_a_sign() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Perturbation.Create<T>(Gradient, 0, Half, PerturbationNorm.Linf));

    [Fact]
    public void Only_attacks_along_the_gradient_are_parallel_to_it()
    {
        Assert.True(Perturbation.IsParallelToGradient(PerturbationNorm.L2));
        Assert.True(Perturbation.IsParallelToGradient(PerturbationNorm.ScaledLinf));
        Assert.True(Perturbation.IsParallelToGradient(PerturbationNorm.None));
        Assert.False(Perturbation.IsParallelToGradient(PerturbationNorm.Linf));
        Assert.False(Perturbation.IsParallelToGradient(PerturbationNorm.L0));
    }
}
