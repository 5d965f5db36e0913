using Continuum.Evidence.Claims;

namespace Continuum.Evidence.ModelMeasures;

/// <summary>An analytic model whose outputs can be used as measures in the evidence ledger.</summary>
public interface IModelMeasure
{
    /// <summary>The name used in claims files (<c>model = "..."</c>).</summary>
    string Name { get; }

    /// <summary>Setting names the model accepts.</summary>
    IReadOnlyList<string> SettingNames { get; }

    /// <summary>Output names the model offers.</summary>
    IReadOnlyList<string> OutputNames { get; }

    /// <summary>Runs the model and returns the output with the sources of its parameters.</summary>
    (double Value, string Source, string Vintage) Evaluate(ModelSpec spec);
}
