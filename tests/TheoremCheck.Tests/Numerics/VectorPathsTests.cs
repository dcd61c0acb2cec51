using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

public class VectorPathsTests
{
    [Fact]
    public void NamesReadBackAndTheCascadeEndsInScalar()
    {
        foreach (var path in Enum.GetValues<VectorPath>())
        {
            Assert.True(VectorPaths.TryParse(VectorPaths.Name(path), out var read));
            Assert.Equal(path, read);
            Assert.True(VectorPaths.TryParse($" {VectorPaths.Name(path).ToUpperInvariant()} ", out read));
            Assert.Equal(path, read);
        }
        Assert.False(VectorPaths.TryParse("1024", out _));
        Assert.False(VectorPaths.TryParse(null, out _));
        Assert.Contains(VectorPath.Scalar, VectorPaths.Supported);
        Assert.Equal(VectorPaths.Fastest, VectorPaths.Supported[0]);
        Assert.True(VectorPaths.IsSupported(VectorPaths.Fastest));
        Assert.Equal(VectorPaths.Supported.Count, Enum.GetValues<VectorPath>().Count(VectorPaths.IsSupported));
    }

    [Fact]
    public void TheSettingIsReadWithAClearMessage()
    {
        Assert.Equal(VectorPaths.Fastest, VectorPaths.FromSetting(null));
        Assert.Equal(VectorPaths.Fastest, VectorPaths.FromSetting("  "));
        Assert.Equal(VectorPath.Scalar, VectorPaths.FromSetting("scalar"));
        var error = Assert.Throws<InvalidOperationException>(() => VectorPaths.FromSetting("avx"));
        Assert.Equal("THEOREMCHECK_VECTOR must be one of 512, 256, 128, scalar, got 'avx'.", error.Message);
        foreach (var path in Enum.GetValues<VectorPath>().Where(p => !VectorPaths.IsSupported(p)))
        {
            Assert.Contains("does not accelerate", Assert.Throws<InvalidOperationException>(() => VectorPaths.FromSetting(VectorPaths.Name(path))).Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => VectorPaths.Current = path);
        }
    }

    [Fact]
    public void TheCurrentPathChoosesTheDoubleProvider()
    {
        var saved = VectorPaths.Current;
        try
        {
            foreach (var path in VectorPaths.Supported)
            {
                VectorPaths.Current = path;
                Assert.Same(DoubleProviders.For(path), ComputeProvider<double>.Current);
            }
            Assert.Same(RationalProvider.Instance, ComputeProvider<Rational>.Current);
            Assert.Equal(4, Enum.GetValues<VectorPath>().Select(DoubleProviders.For).Distinct().Count());
        }
        finally
        {
            VectorPaths.Current = saved;
        }
    }
}
