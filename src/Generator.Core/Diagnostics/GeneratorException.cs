namespace Generator.Diagnostics;

/// <summary>Thrown when an input has problems; carries every problem found, not only the first.</summary>
public sealed class GeneratorException : Exception
{
    /// <summary>Creates the exception from the collected diagnostics (at least one).</summary>
    public GeneratorException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
    {
        if (diagnostics.Count == 0) throw new ArgumentException("At least one diagnostic is required.", nameof(diagnostics));
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception from a single diagnostic.</summary>
    public GeneratorException(Diagnostic diagnostic) : this([diagnostic]) { }

    /// <summary>The problems, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
