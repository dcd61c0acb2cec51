using System.Runtime.Intrinsics;

namespace TheoremCheck.Numerics;

/// <summary>
/// Which <see cref="VectorPath"/> the double kernels use: the widest this hardware accelerates
/// (Vector512, then Vector256, then Vector128, then scalar), unless forced by the environment variable
/// <c>THEOREMCHECK_VECTOR</c> (<c>512</c>, <c>256</c>, <c>128</c> or <c>scalar</c>) or by setting
/// <see cref="Current"/>. A path the hardware does not accelerate is refused rather than emulated slowly.
/// </summary>
public static class VectorPaths
{
    public const string EnvironmentVariable = "THEOREMCHECK_VECTOR";

    private static VectorPath? _current;

    /// <summary>The widest accelerated path of this machine.</summary>
    public static VectorPath Fastest =>
        Vector512.IsHardwareAccelerated ? VectorPath.Vector512
        : Vector256.IsHardwareAccelerated ? VectorPath.Vector256
        : Vector128.IsHardwareAccelerated ? VectorPath.Vector128
        : VectorPath.Scalar;

    public static bool IsSupported(VectorPath path) => path switch
    {
        VectorPath.Scalar => true,
        VectorPath.Vector128 => Vector128.IsHardwareAccelerated,
        VectorPath.Vector256 => Vector256.IsHardwareAccelerated,
        VectorPath.Vector512 => Vector512.IsHardwareAccelerated,
        _ => false,
    };

    /// <summary>Every path this machine runs, widest first.</summary>
    public static IReadOnlyList<VectorPath> Supported =>
        [.. new[] { VectorPath.Vector512, VectorPath.Vector256, VectorPath.Vector128, VectorPath.Scalar }.Where(IsSupported)];

    /// <summary>
    /// The path in use: <see cref="EnvironmentVariable"/> when set, else <see cref="Fastest"/>. The variable is read
    /// on first use, so a bad value fails there with a message naming it.
    /// </summary>
    public static VectorPath Current
    {
        get => _current ??= FromEnvironment();
        set
        {
            if (!IsSupported(value)) throw new ArgumentOutOfRangeException(nameof(value), Unsupported(value));
            _current = value;
        }
    }

    /// <summary>The name <see cref="EnvironmentVariable"/> takes for a path: 512, 256, 128 or scalar.</summary>
    public static string Name(VectorPath path) => path switch
    {
        VectorPath.Vector512 => "512",
        VectorPath.Vector256 => "256",
        VectorPath.Vector128 => "128",
        _ => "scalar",
    };

    /// <summary>Reads a path name (512, 256, 128, scalar; case-insensitive, surrounding blanks ignored).</summary>
    public static bool TryParse(string? text, out VectorPath path)
    {
        foreach (var candidate in Enum.GetValues<VectorPath>())
            if (string.Equals(text?.Trim(), Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                path = candidate;
                return true;
            }
        path = VectorPath.Scalar;
        return false;
    }

    private static VectorPath FromEnvironment() => FromSetting(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>The path a value of <see cref="EnvironmentVariable"/> selects: <see cref="Fastest"/> when blank; a clear error when unknown or unsupported.</summary>
    internal static VectorPath FromSetting(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Fastest;
        if (!TryParse(text, out var path))
            throw new InvalidOperationException($"{EnvironmentVariable} must be one of 512, 256, 128, scalar, got '{text}'.");
        if (!IsSupported(path)) throw new InvalidOperationException($"{EnvironmentVariable}={text}: {Unsupported(path)}");
        return path;
    }

    private static string Unsupported(VectorPath path) =>
        $"this machine does not accelerate {path} (supported: {string.Join(", ", Supported.Select(Name))}).";
}
