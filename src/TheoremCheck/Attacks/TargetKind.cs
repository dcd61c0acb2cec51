namespace TheoremCheck.Attacks;

/// <summary>How the attack's target labels are drawn (THEORY §2 and §6).</summary>
public enum TargetKind { Random, Balanced }
