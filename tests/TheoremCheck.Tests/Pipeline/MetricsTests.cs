using TheoremCheck.Data;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Pipeline;

public class MetricsTests
{
    [Fact]
    public void Metrics_use_sign_with_zero_matching_no_label()
    {
        Assert.Equal(0, Metrics.Sign(0.0));
        Assert.Equal(1, Metrics.Sign(1e-300));
        Assert.Equal(-1, Metrics.Sign(-2.0));
        Assert.Equal(0.5, Metrics.Accuracy([1.0, 0.0, -3.0, 2.0], [1, 1, 1, 1]));
        Assert.Equal(0.75, Metrics.Agreement([1.0, 0.0, -3.0, 2.0], [2.0, 0.0, -1.0, -1.0]));
        Assert.Throws<ArgumentException>(() => Metrics.Accuracy([1.0], [1, 1]));
        Assert.Throws<ArgumentException>(() => Metrics.Agreement([1.0], [1.0, 2.0]));
    }

    [Fact]
    public void Cosine_similarity_is_one_for_perturbations_along_the_class_features()
    {
        var data = SyntheticData.Sample(DataKind.Gauss, 8, 4, new Random(1));
        var features = LimitFunctions.ClassFeatures(data.Inputs, data.Labels, 0.5);
        var scaled = features.Map(v => -3 * v);
        Assert.Equal(1.0, Metrics.CosineSimilarity(data.Inputs, data.Labels, scaled, 0.5), 12);
    }
}
