namespace TheoremCheck.Networks;

public enum InitKind { Gaussian, Symmetric }
