namespace TheoremCheck.Training;

public enum LossKind { Identity, Logistic, Exponential }
