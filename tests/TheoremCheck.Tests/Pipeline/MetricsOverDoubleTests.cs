using TheoremCheck.Data;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Pipeline;

public sealed class MetricsOverDoubleTests : MetricsTests<double>
{
    [Fact]
    public void Cosine_similarity_is_one_for_perturbations_along_the_class_features()
    {
        var data = SyntheticData.Sample(DataKind.Gauss, 8, 4, new Random(1));
        var features = LimitFunctions.ClassFeatures(data.Inputs, data.Labels, 0.5);
        var scaled = features.Map(v => -3 * v);
        Assert.Equal(1.0, Metrics.CosineSimilarity(data.Inputs, data.Labels, scaled, 0.5), 12);
    }
}
