namespace TheoremCheck.Data;

public enum DataKind { Gauss, ShiftedGauss, Uniform, Orthogonal, Mnist, FashionMnist, Idx }
