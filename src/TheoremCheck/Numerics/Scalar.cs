using System.Numerics;

namespace TheoremCheck.Numerics;

/// <summary>
/// The few operations the generic code needs beyond the operator interfaces: conversion from and to
/// double, a square root (double only: exact mode avoids it by design, THEORY §3 E4) and finiteness.
/// The type tests are resolved by the JIT per instantiation, so they cost nothing at run time.
/// </summary>
public static class Scalar<T> where T : struct
{
    public static bool IsExact => typeof(T) == typeof(Rational);

    public static T FromDouble(double value)
    {
        if (typeof(T) == typeof(double)) return (T)(object)value;
        if (typeof(T) == typeof(Rational)) return (T)(object)Rational.FromDouble(value);
        throw Unsupported();
    }

    public static T FromRational(Rational value)
    {
        if (typeof(T) == typeof(Rational)) return (T)(object)value;
        if (typeof(T) == typeof(double)) return (T)(object)value.ToDouble();
        throw Unsupported();
    }

    public static double ToDouble(T value)
    {
        if (typeof(T) == typeof(double)) return (double)(object)value;
        if (typeof(T) == typeof(Rational)) return ((Rational)(object)value).ToDouble();
        throw Unsupported();
    }

    public static T Sqrt(T value)
    {
        if (typeof(T) == typeof(double)) return (T)(object)Math.Sqrt((double)(object)value);
        throw new InvalidOperationException(
            "A square root has no exact rational value; exact mode scales perturbations by their L-infinity norm instead.");
    }

    public static bool IsFinite(T value) => typeof(T) != typeof(double) || double.IsFinite((double)(object)value);

    private static NotSupportedException Unsupported() => new($"Scalar type {typeof(T).Name} is not supported.");
}
