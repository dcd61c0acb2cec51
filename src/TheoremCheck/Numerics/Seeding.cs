using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace TheoremCheck.Numerics;

/// <summary>
/// Seeded random streams. Each use (data, init of f, init of g, targets, test set) gets its own
/// stream derived from the run seed, so changing one stage's draws never shifts another's.
/// Xoshiro256** from MathNet is platform independent: the same seed gives the same bits.
/// </summary>
public static class Seeding
{
    public static Random Stream(int seed, string purpose)
    {
        // FNV-1a over the purpose keeps derived seeds stable across .NET versions (string.GetHashCode is not).
        uint hash = 2166136261;
        foreach (char c in purpose) { hash ^= c; hash *= 16777619; }
        return new Xoshiro256StarStar(unchecked((int)(hash ^ (uint)seed * 2654435761u)), threadSafe: false);
    }

    public static double[] Gaussian(Random rng, int count, double mean, double stdDev)
    {
        var values = new double[count];
        Normal.Samples(rng, values, mean, stdDev);
        return values;
    }
}
