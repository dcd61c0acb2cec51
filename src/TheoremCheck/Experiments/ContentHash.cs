using System.Security.Cryptography;
using System.Text;

namespace TheoremCheck.Experiments;

/// <summary>The short stable hash that names plans and default output directories: the first 12 hex digits of SHA-256.</summary>
public static class ContentHash
{
    public static string Short(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
