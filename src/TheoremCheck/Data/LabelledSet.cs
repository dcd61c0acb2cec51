using TheoremCheck.Numerics;

namespace TheoremCheck.Data;

/// <summary>Labelled samples: rows of <see cref="Inputs"/> with labels ±1.</summary>
public sealed record LabelledSet(Matrix<double> Inputs, int[] Labels)
{
    public int Count => Inputs.Rows;
    public int Dimension => Inputs.Cols;
}
