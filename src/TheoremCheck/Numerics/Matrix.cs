namespace TheoremCheck.Numerics;

/// <summary>A dense row-major matrix over a flat array; rows are the samples or the neurons.</summary>
public sealed class Matrix<T>
{
    public int Rows { get; }
    public int Cols { get; }
    public T[] Data { get; }

    public Matrix(int rows, int cols)
    {
        if (rows < 0 || cols < 0) throw new ArgumentOutOfRangeException(nameof(rows), $"Matrix shape {rows}x{cols} is negative.");
        Rows = rows; Cols = cols; Data = new T[checked(rows * cols)];
    }

    public Matrix(int rows, int cols, T[] data)
    {
        if (rows < 0 || cols < 0 || data.Length != checked(rows * cols))
            throw new ArgumentException($"Matrix shape {rows}x{cols} does not match {data.Length} values.", nameof(data));
        Rows = rows; Cols = cols; Data = data;
    }

    public static Matrix<T> FromRows(IReadOnlyList<T[]> rows)
    {
        int cols = rows.Count == 0 ? 0 : rows[0].Length;
        var m = new Matrix<T>(rows.Count, cols);
        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r].Length != cols) throw new ArgumentException($"Row {r} has {rows[r].Length} values, expected {cols}.", nameof(rows));
            rows[r].CopyTo(m.Row(r));
        }
        return m;
    }

    public T this[int row, int col]
    {
        get => Data[row * Cols + col];
        set => Data[row * Cols + col] = value;
    }

    public Span<T> Row(int row) => Data.AsSpan(row * Cols, Cols);
    public T[] RowArray(int row) => Row(row).ToArray();
    public Matrix<T> Clone() => new(Rows, Cols, (T[])Data.Clone());
    public Matrix<TOut> Map<TOut>(Func<T, TOut> f) => new(Rows, Cols, Array.ConvertAll(Data, x => f(x)));
}
