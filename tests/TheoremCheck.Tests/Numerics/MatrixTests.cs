using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

public class MatrixTests
{
    [Fact]
    public void Matrix_rows_shapes_and_copies()
    {
        var m = Matrix<double>.FromRows([[1.0, 2], [3.0, 4], [5.0, 6]]);
        Assert.Equal((3, 2), (m.Rows, m.Cols));
        Assert.Equal(4.0, m[1, 1]);
        Assert.Equal(new[] { 5.0, 6 }, m.RowArray(2));
        var copy = m.Clone();
        copy[0, 0] = 9;
        Assert.Equal(1.0, m[0, 0]);
        Assert.Equal(new[] { 2.0, 4, 6, 8, 10, 12 }, m.Map(x => 2 * x).Data);
        Assert.Throws<ArgumentException>(() => Matrix<double>.FromRows([[1.0, 2], [3.0]]));
        Assert.Throws<ArgumentException>(() => new Matrix<double>(2, 2, new double[3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Matrix<double>(-1, 2));
        Assert.Equal((0, 0), (Matrix<double>.FromRows([]).Rows, Matrix<double>.FromRows([]).Cols));
    }
}
