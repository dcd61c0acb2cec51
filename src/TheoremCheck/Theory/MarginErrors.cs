namespace TheoremCheck.Theory;

/// <summary>
/// The error terms of one margin condition of C2 at one point (THEORY §5); the condition's threshold is their
/// sum, and the largest of them says what a failing condition is short of.
/// </summary>
public readonly record struct MarginErrors(double InitialOutput, double KernelWidth, double Direction, double Bias)
{
    public static IReadOnlyList<ErrorTerm> Terms { get; } = Enum.GetValues<ErrorTerm>();

    /// <summary>The threshold: the terms summed in the order of <see cref="ErrorTerm"/>.</summary>
    public double Total => InitialOutput + KernelWidth + Direction + Bias;

    public double this[ErrorTerm term] => term switch
    {
        ErrorTerm.InitialOutput => InitialOutput,
        ErrorTerm.KernelWidth => KernelWidth,
        ErrorTerm.Direction => Direction,
        ErrorTerm.Bias => Bias,
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "not an error term"),
    };

    /// <summary>The largest term; of equal terms, the first in the order of <see cref="ErrorTerm"/>.</summary>
    public ErrorTerm Largest
    {
        get
        {
            var largest = ErrorTerm.InitialOutput;
            foreach (var term in Terms) if (this[term] > this[largest]) largest = term;
            return largest;
        }
    }

    /// <summary>The term's name in reports.</summary>
    public static string Name(ErrorTerm term) => term switch
    {
        ErrorTerm.InitialOutput => "initial output",
        ErrorTerm.KernelWidth => "finite width",
        ErrorTerm.Direction => "gradient direction",
        ErrorTerm.Bias => "bias (target imbalance)",
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "not an error term"),
    };

    /// <summary>The term's column name in CSV files and JSON.</summary>
    public static string Key(ErrorTerm term) => term switch
    {
        ErrorTerm.InitialOutput => "initial_output",
        ErrorTerm.KernelWidth => "width",
        ErrorTerm.Direction => "direction",
        ErrorTerm.Bias => "bias",
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "not an error term"),
    };
}
