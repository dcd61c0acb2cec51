namespace TheoremCheck.Experiments;

/// <summary>The four regions of the poster's decision map: conditions (a), (b), (c) of C2 and their intersection.</summary>
public enum MapCondition { MarginF, MarginG, Agreement, All }
