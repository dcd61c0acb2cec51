using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

public class NumberTraitsTests
{
    [Fact]
    public void Generic_conversions_and_number_traits()
    {
        Assert.Equal(new Rational(1, 4), Create<Rational, double>(0.25));
        Assert.Equal(0.25, double.CreateChecked(0.25));
        Assert.Equal(0.5, double.CreateChecked(new Rational(1, 2)));
        Assert.Equal(new Rational(2, 3), Create<Rational, Rational>(new Rational(2, 3)));
        Assert.Equal(2.0 / 3, double.CreateChecked(new Rational(2, 3)));
        Assert.Equal(3.0, NumberTraits<double>.Sqrt(9.0));
        Assert.Throws<InvalidOperationException>(() => NumberTraits<Rational>.Sqrt(4));
        Assert.True(NumberTraits<Rational>.IsExact);
        Assert.False(NumberTraits<double>.IsExact);
        Assert.True(NumberTraits<double>.HasSquareRoot);
        Assert.False(NumberTraits<Rational>.HasSquareRoot);
        Assert.False(double.IsFinite(double.NaN));
        Assert.True(double.IsFinite(1.0));
        Assert.True(IsFinite(Rational.One));
        Assert.Throws<NotSupportedException>(() => Create<Rational, float>(1.0f));

        static bool IsFinite<T>(T value) where T : INumber<T> => T.IsFinite(value);
        static T Create<T, TFrom>(TFrom value) where T : INumber<T> where TFrom : INumber<TFrom> => T.CreateChecked(value);
    }
}
