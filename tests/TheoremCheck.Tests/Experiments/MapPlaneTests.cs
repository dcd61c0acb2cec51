using System.Numerics.Tensors;
using TheoremCheck.Experiments;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Experiments;

public class MapPlaneTests
{
    private static (Matrix<double> Inputs, int[] Labels) TwoClusters(double[] positiveCentre, double[] negativeCentre, int perClass, int seed)
    {
        var rng = new Random(seed);
        int d = positiveCentre.Length;
        var inputs = new Matrix<double>(2 * perClass, d);
        var labels = new int[2 * perClass];
        for (int n = 0; n < 2 * perClass; n++)
        {
            labels[n] = n < perClass ? 1 : -1;
            var centre = labels[n] == 1 ? positiveCentre : negativeCentre;
            for (int j = 0; j < d; j++) inputs[n, j] = centre[j] + 0.1 * (rng.NextDouble() - 0.5);
        }
        return (inputs, labels);
    }

    [Fact]
    public void Plane_axes_are_orthonormal_and_span_the_class_means()
    {
        var (inputs, labels) = TwoClusters([3, 1, 0, 0], [0, 2, 2, 0], 10, seed: 1);
        var plane = MapPlane.FromClassMeans(inputs, labels);
        Assert.Equal(1, TensorPrimitives.Norm<double>(plane.Axis1), 12);
        Assert.Equal(1, TensorPrimitives.Norm<double>(plane.Axis2), 12);
        Assert.Equal(0, TensorPrimitives.Dot<double>(plane.Axis1, plane.Axis2), 12);
        Assert.Contains("negative class mean", plane.SecondAxisSource);
        // The first axis points along the positive mean (3, 1, 0, 0)/√10.
        Assert.Equal(3 / Math.Sqrt(10), plane.Axis1[0], 2);
        // Both class means lie in the plane: projecting and lifting back reproduces them.
        foreach (int label in new[] { 1, -1 })
        {
            var mean = new double[4];
            for (int n = 0; n < inputs.Rows; n++) if (labels[n] == label) TensorPrimitives.Add(mean, inputs.Row(n), mean);
            TensorPrimitives.Divide(mean, 10, mean);
            var (x, y) = plane.Project(mean);
            Assert.Equal(0, TensorPrimitives.Distance<double>(plane.Point(x, y), mean), 10);
        }
    }

    [Fact]
    public void Point_and_project_are_inverse_on_the_plane()
    {
        var (inputs, labels) = TwoClusters([1, 0, 2], [0, -1, 1], 5, seed: 2);
        var plane = MapPlane.FromClassMeans(inputs, labels);
        var (x, y) = plane.Project(plane.Point(1.25, -0.5));
        Assert.Equal(1.25, x, 12);
        Assert.Equal(-0.5, y, 12);
    }

    [Fact]
    public void Centred_data_with_parallel_means_fall_back_to_a_principal_direction()
    {
        // Centred by the mean: N₊μ₊ + N₋μ₋ = 0, the means are antiparallel. The spread along
        // coordinate 2 is the largest off the mean axis, so the second axis must be ±e_2.
        var inputs = new Matrix<double>(4, 3, [2, 0, 1, 2, 0, -1, -2, 0.1, 1, -2, -0.1, -1]);
        int[] labels = [1, 1, -1, -1];
        var plane = MapPlane.FromClassMeans(inputs, labels);
        Assert.Contains("principal", plane.SecondAxisSource);
        Assert.Equal(0, TensorPrimitives.Dot<double>(plane.Axis1, plane.Axis2), 10);
        Assert.Equal(1, TensorPrimitives.Norm<double>(plane.Axis2), 10);
        Assert.True(Math.Abs(plane.Axis2[2]) > 0.99, $"second axis {string.Join(", ", plane.Axis2)}");
    }
}
