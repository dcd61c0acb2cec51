using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Pipeline;

public sealed class MetricsOverRationalTests : MetricsTests<Rational>;
