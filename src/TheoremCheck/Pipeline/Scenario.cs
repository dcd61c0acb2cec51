namespace TheoremCheck.Pipeline;

public enum Scenario { A, B }
