using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Theory;

public class MarginErrorsTests
{
    [Fact]
    public void Each_term_is_read_back_by_name_and_the_total_is_their_sum()
    {
        var errors = new MarginErrors(InitialOutput: 1, KernelWidth: 2, Direction: 4, Bias: 8);
        Assert.Equal(1, errors[ErrorTerm.InitialOutput]);
        Assert.Equal(2, errors[ErrorTerm.KernelWidth]);
        Assert.Equal(4, errors[ErrorTerm.Direction]);
        Assert.Equal(8, errors[ErrorTerm.Bias]);
        Assert.Equal(15, errors.Total);
        Assert.Throws<ArgumentOutOfRangeException>(() => errors[(ErrorTerm)7]);
    }

    [Theory]
    [InlineData(5, 1, 1, 1, ErrorTerm.InitialOutput)]
    [InlineData(1, 5, 1, 1, ErrorTerm.KernelWidth)]
    [InlineData(1, 1, 5, 1, ErrorTerm.Direction)]
    [InlineData(1, 1, 1, 5, ErrorTerm.Bias)]
    [InlineData(2, 2, 2, 2, ErrorTerm.InitialOutput)]   // ties go to the first term
    [InlineData(0, 3, 0, 3, ErrorTerm.KernelWidth)]
    public void Largest_is_the_largest_term(double initial, double width, double direction, double bias, ErrorTerm expected) =>
        Assert.Equal(expected, new MarginErrors(initial, width, direction, bias).Largest);

    [Fact]
    public void Every_term_has_a_distinct_name_and_key()
    {
        Assert.Equal(4, MarginErrors.Terms.Count);
        Assert.Equal(4, MarginErrors.Terms.Select(MarginErrors.Name).Distinct().Count());
        Assert.Equal(["initial_output", "width", "direction", "bias"], MarginErrors.Terms.Select(MarginErrors.Key));
        Assert.Throws<ArgumentOutOfRangeException>(() => MarginErrors.Name((ErrorTerm)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => MarginErrors.Key((ErrorTerm)9));
    }
}
