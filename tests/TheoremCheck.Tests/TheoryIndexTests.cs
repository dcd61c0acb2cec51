using System.Reflection;
using System.Text.RegularExpressions;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests;

/// <summary>
/// The README's table "From THEORY.md to the code" stays true: every type and member it names exists in the
/// library, and every claim it names is declared in properties/TheoremCheck.Claims.
/// </summary>
public partial class TheoryIndexTests
{
    [Fact]
    public void Every_type_member_and_claim_of_the_index_exists()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        int start = readme.IndexOf("## From THEORY.md to the code", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README has no THEORY index");
        string table = readme[start..readme.IndexOf("\n## ", start + 3, StringComparison.Ordinal)];
        var rows = table.Split('\n').Where(l => l.StartsWith("| §", StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count >= 20, $"only {rows.Count} rows");

        var library = typeof(ExperimentSpec).Assembly.GetTypes().Where(t => t.IsPublic).ToList();
        string claims = string.Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "properties", "TheoremCheck.Claims"), "*.cs").Select(File.ReadAllText));
        var missing = new List<string>();
        foreach (var row in rows)
        {
            string implemented = row.Split('|')[3];
            Type? current = null; // ".Member" continues the type named last
            foreach (Match code in Code().Matches(implemented))
            {
                string word = code.Groups[1].Value;
                if (Claim().IsMatch(word) && !word.Contains('/') && !word.StartsWith('.'))
                {
                    if (!claims.Contains($"Name = \"{word}\"", StringComparison.Ordinal)) missing.Add($"claim {word}");
                    continue;
                }
                string name = word.Contains('/') ? word[(word.LastIndexOf('/') + 1)..] : word;
                string? member = null;
                if (name.StartsWith('.')) member = name[1..];
                else
                {
                    int dot = name.IndexOf('.');
                    string typeName = Regex.Replace(dot >= 0 ? name[..dot] : name, "<.*>", "");
                    member = dot >= 0 ? name[(dot + 1)..] : null;
                    current = library.FirstOrDefault(t => Regex.Replace(t.Name, "`.*", "") == typeName);
                    if (current is null) { missing.Add($"type {typeName}"); continue; }
                }
                if (member is null) continue;
                member = Regex.Replace(member, "<.*>", "");
                if (current is null || current.GetMember(member, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Length == 0)
                    missing.Add($"member {current?.Name}.{member}");
            }
        }
        Assert.Empty(missing);
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex("^[A-Za-z0-9]+(-[a-z0-9]+)+$")]
    private static partial Regex Claim();
}
