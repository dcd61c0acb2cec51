using System.Numerics;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

/// <summary>The metrics over either number type (<see cref="MetricsOverDoubleTests"/>, <see cref="MetricsOverRationalTests"/>).</summary>
public abstract class MetricsTests<T> where T : INumber<T>
{
    private static T[] Values(params double[] values) => values.Select(T.CreateChecked).ToArray();

    [Fact]
    public void Sign_is_zero_at_zero_so_an_output_of_zero_matches_no_label()
    {
        Assert.Equal(0, Metrics.Sign(T.Zero));
        Assert.Equal(1, Metrics.Sign(T.CreateChecked(1.0 / 1024)));
        Assert.Equal(-1, Metrics.Sign(T.CreateChecked(-2)));
    }

    [Fact]
    public void Hits_and_agreement_count_signs()
    {
        Assert.Equal(new Proportion(2, 4), Metrics.Hits(Values(1, 0, -3, 2), [1, 1, 1, 1]));
        Assert.Equal(new Proportion(3, 4), Metrics.Hits(Values(1, 0, -3, 2), [1, -1, -1, 1]));
        Assert.Equal(new Proportion(3, 4), Metrics.SignsAgree(Values(1, 0, -3, 2), Values(2, 0, -1, -1)));
        Assert.Equal(0.5, Metrics.Accuracy(Values(1, 0, -3, 2), [1, 1, 1, 1]));
        Assert.Equal(0.75, Metrics.Agreement(Values(1, 0, -3, 2), Values(2, 0, -1, -1)));
        Assert.Equal(new Proportion(0, 0), Metrics.Hits(Values(), []));
        Assert.Throws<ArgumentException>(() => Metrics.Hits(Values(1), [1, 1]));
        Assert.Throws<ArgumentException>(() => Metrics.SignsAgree(Values(1), Values(1, 2)));
    }
}
