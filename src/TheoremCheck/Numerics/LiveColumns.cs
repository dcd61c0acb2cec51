using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// Copies the listed columns of a row-major matrix into a compact row-major one, row by row (each source row
/// read once, in order); rows are independent, so threads take ranges of them.
/// </summary>
internal readonly unsafe struct LiveColumns : IRangeOperation
{
    private readonly double* _source, _target;
    private readonly int _width;
    private readonly int* _columns;
    private readonly int _count;

    private LiveColumns(double* source, int width, int* columns, int count, double* target)
    {
        _source = source; _width = width; _columns = columns; _count = count; _target = target;
    }

    /// <summary>target[n·k + r] = source[n·width + columns[r]] for every row n, k = columns.Length.</summary>
    public static void Copy(ReadOnlySpan<double> source, int width, int rows, ReadOnlySpan<int> columns, Span<double> target)
    {
        fixed (double* s = source, t = target)
        fixed (int* c = columns)
            RangeJob<LiveColumns>.Run(new(s, width, c, columns.Length, t), rows, columns.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(int start, int end)
    {
        for (int n = start; n < end; n++)
        {
            double* from = _source + (nint)n * _width, to = _target + (nint)n * _count;
            for (int r = 0; r < _count; r++) to[r] = from[_columns[r]];
        }
    }
}
