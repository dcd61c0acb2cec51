using System.Numerics.Tensors;
using TheoremCheck.Numerics;

namespace TheoremCheck.Experiments;

/// <summary>
/// The plane of the decision map: an orthonormal pair of directions in input space. As the reference
/// code, it is spanned by the two class means: the first axis is the normalised mean of the positive
/// samples, the second the mean of the negative samples with its component along the first removed
/// (Gram-Schmidt), so map coordinates are Euclidean. When the two means are (nearly) parallel, as for
/// image data centred by their own mean image (then N₊μ₊ + N₋μ₋ = 0 exactly), they span no plane; the
/// second axis is then the leading principal direction of the samples orthogonal to the first.
/// </summary>
public sealed class MapPlane
{
    /// <summary>Relative size of the orthogonal part of μ₋ below which the class means count as parallel.</summary>
    public const double ParallelTolerance = 1e-3;

    public const string FirstAxisSource = "positive class mean, normalised";
    public const string NegativeMeanSource = "negative class mean, orthogonalised";
    public const string PrincipalSource = "leading principal direction orthogonal to the first axis (the class means are parallel)";

    public double[] Axis1 { get; }
    public double[] Axis2 { get; }
    /// <summary>How the second axis was chosen, for reports: <see cref="NegativeMeanSource"/> or <see cref="PrincipalSource"/>.</summary>
    public string SecondAxisSource { get; }

    public MapPlane(double[] axis1, double[] axis2, string secondAxisSource)
    {
        if (axis1.Length != axis2.Length) throw new ArgumentException($"Axis lengths differ: {axis1.Length} and {axis2.Length}.");
        Axis1 = axis1; Axis2 = axis2; SecondAxisSource = secondAxisSource;
    }

    /// <summary>Axis titles for figures: what each coordinate measures.</summary>
    public string FirstAxisLabel => "positive class-mean direction μ₊";

    public string SecondAxisLabel => SecondAxisSource == PrincipalSource ? "principal direction, orthogonal to μ₊" : "negative class-mean direction, orthogonalised";

    public int Dimension => Axis1.Length;

    public static MapPlane FromClassMeans(Matrix<double> inputs, int[] labels)
    {
        if (labels.Length != inputs.Rows) throw new ArgumentException($"{labels.Length} labels for {inputs.Rows} samples.");
        var positive = ClassMean(inputs, labels, +1);
        var negative = ClassMean(inputs, labels, -1);
        double positiveNorm = TensorPrimitives.Norm<double>(positive);
        if (positiveNorm == 0) throw new ArgumentException("The positive class mean is zero; it defines no direction.");
        var axis1 = Scaled(positive, 1 / positiveNorm);

        double negativeNorm = TensorPrimitives.Norm<double>(negative);
        var residual = RemoveComponent(negative, axis1);
        double residualNorm = TensorPrimitives.Norm<double>(residual);
        if (negativeNorm > 0 && residualNorm > ParallelTolerance * negativeNorm)
            return new MapPlane(axis1, Scaled(residual, 1 / residualNorm), NegativeMeanSource);
        return new MapPlane(axis1, PrincipalDirectionOrthogonalTo(inputs, axis1), PrincipalSource);
    }

    /// <summary>z = x·Axis1 + y·Axis2.</summary>
    public double[] Point(double x, double y)
    {
        var z = new double[Dimension];
        for (int j = 0; j < z.Length; j++) z[j] = x * Axis1[j] + y * Axis2[j];
        return z;
    }

    /// <summary>Coordinates of the orthogonal projection of v onto the plane.</summary>
    public (double X, double Y) Project(ReadOnlySpan<double> v) =>
        (TensorPrimitives.Dot(v, Axis1), TensorPrimitives.Dot(v, Axis2));

    private static double[] ClassMean(Matrix<double> inputs, int[] labels, int label)
    {
        var mean = new double[inputs.Cols];
        int count = 0;
        for (int n = 0; n < inputs.Rows; n++)
            if (labels[n] == label) { TensorPrimitives.Add(mean, inputs.Row(n), mean); count++; }
        if (count == 0) throw new ArgumentException($"No samples with label {label:+0;-0}: the map needs both classes.");
        TensorPrimitives.Divide(mean, count, mean);
        return mean;
    }

    private static double[] Scaled(double[] v, double factor)
    {
        var result = new double[v.Length];
        TensorPrimitives.Multiply(v, factor, result);
        return result;
    }

    private static double[] RemoveComponent(ReadOnlySpan<double> v, double[] unit)
    {
        var result = v.ToArray();
        TensorPrimitives.MultiplyAdd(unit, -TensorPrimitives.Dot(v, unit), result, result);
        return result;
    }

    /// <summary>Power iteration on the covariance of the samples, restricted to the complement of <paramref name="axis"/>.</summary>
    private static double[] PrincipalDirectionOrthogonalTo(Matrix<double> inputs, double[] axis)
    {
        int d = inputs.Cols;
        var mean = new double[d];
        for (int n = 0; n < inputs.Rows; n++) TensorPrimitives.Add(mean, inputs.Row(n), mean);
        TensorPrimitives.Divide(mean, inputs.Rows, mean);

        // A fixed start keeps the map reproducible; it is replaced by a coordinate axis if it lies along `axis`.
        var v = RemoveComponent(Enumerable.Repeat(1.0, d).ToArray(), axis);
        for (int j = 0; TensorPrimitives.Norm<double>(v) < 1e-8 && j < d; j++)
        {
            var unit = new double[d]; unit[j] = 1;
            v = RemoveComponent(unit, axis);
        }
        if (TensorPrimitives.Norm<double>(v) < 1e-8) throw new ArgumentException("The input space has no direction orthogonal to the class mean (d = 1).");
        TensorPrimitives.Divide(v, TensorPrimitives.Norm<double>(v), v);

        var centred = new double[d];
        var next = new double[d];
        for (int iteration = 0; iteration < 200; iteration++)
        {
            Array.Clear(next);
            for (int n = 0; n < inputs.Rows; n++)
            {
                TensorPrimitives.Subtract(inputs.Row(n), mean, centred);
                TensorPrimitives.MultiplyAdd(centred, TensorPrimitives.Dot<double>(centred, v), next, next);
            }
            next = RemoveComponent(next, axis);
            double norm = TensorPrimitives.Norm<double>(next);
            if (norm == 0) break; // no variance off the axis: keep the start direction
            TensorPrimitives.Divide(next, norm, next);
            double change = TensorPrimitives.Distance<double>(next, v);
            (v, next) = (next, v);
            if (change < 1e-10) break;
        }
        // Sign convention: positive coordinate sum, so the picture does not mirror between runs.
        if (TensorPrimitives.Sum<double>(v) < 0) TensorPrimitives.Negate(v, v);
        return v;
    }
}
