namespace TheoremCheck.Attacks;

public static class TargetLabels
{
    /// <summary>Random: each y^adv uniform on {-1, +1}. Balanced: exactly ⌊N/2⌋ of each (an odd one out random), shuffled.</summary>
    public static int[] Draw(int count, TargetKind kind, Random rng)
    {
        var targets = new int[count];
        if (kind == TargetKind.Random)
        {
            for (int n = 0; n < count; n++) targets[n] = rng.Next(2) == 0 ? -1 : 1;
            return targets;
        }
        for (int n = 0; n < count; n++) targets[n] = n < count / 2 ? 1 : -1;
        if (count % 2 == 1) targets[count - 1] = rng.Next(2) == 0 ? -1 : 1;
        // Fisher–Yates: System.Random.Shuffle depends on the generator's internals; this order is fixed by the seed alone.
        for (int n = count - 1; n > 0; n--)
        {
            int j = rng.Next(n + 1);
            (targets[n], targets[j]) = (targets[j], targets[n]);
        }
        return targets;
    }
}
