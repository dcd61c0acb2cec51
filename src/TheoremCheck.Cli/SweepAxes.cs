using TheoremCheck.Experiments;

namespace TheoremCheck.Cli;

/// <summary>
/// The axis a sweep varies, as <c>--param</c> and <c>--param2</c> name it: one option of run (<c>width</c>), or several
/// set together, joined by ':' with their values joined the same way (<c>--param dim:epsilon --values 10:0.0032,100:0.01</c>
/// keeps ε = 0.001·√d; <c>--param lr-f:lr-g --values 1:1,1:0.1</c> walks a grid of learning-rate pairs).
/// </summary>
public static class SweepAxes
{
    public const char Joint = ':';

    public static (SweepAxis Axis, IReadOnlyList<ExperimentOption> Options) Parse(string? parameter, string paramFlag, string valuesFlag)
    {
        if (string.IsNullOrWhiteSpace(parameter)) throw ConfigException.Named(paramFlag, "is required: the option to sweep, e.g. width");
        var options = parameter.Split(Joint).Select(name => ExperimentOptions.Find(name.Trim(), paramFlag)).ToList();
        if (options.Any(o => o.Name == "--data-dir")) throw ConfigException.Named(paramFlag, "data-dir is not a quantity to sweep; sweep --classes or --data instead");
        var repeated = options.GroupBy(o => o.Name).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw ConfigException.Named(paramFlag, $"names {repeated.Key[2..]} twice");
        if (options.Count == 1) return (new SweepAxis(options[0].Key, options[0].Apply), options);
        string name = string.Join(Joint, options.Select(o => o.Key));
        return (new SweepAxis(name, (spec, value) =>
        {
            var parts = value.Split(Joint);
            if (parts.Length != options.Count)
                throw ConfigException.Named(valuesFlag, $"value '{value}' must give {options.Count} values joined by '{Joint}', one for each of {name}");
            for (int k = 0; k < parts.Length; k++) spec = options[k].Apply(spec, parts[k]);
            return spec;
        }), options);
    }
}
