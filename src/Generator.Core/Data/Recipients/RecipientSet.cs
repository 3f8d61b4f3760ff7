using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>The result of loading recipients: those that passed validation, and every problem found.</summary>
/// <param name="Recipients">Valid recipients in source order (a row with an error is left out; of duplicates the first stays).</param>
/// <param name="Diagnostics">Every problem, in the order found; empty when the input is clean.</param>
public sealed record RecipientSet(ImmutableArray<Recipient> Recipients, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Lines worth telling the user that are not problems, e.g. which sheet of a workbook was read.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when at least one problem was found; a batch should then stop before writing anything.</summary>
    public bool HasErrors => Diagnostics.Count > 0;

    /// <summary>Throws a <see cref="GeneratorException"/> carrying every diagnostic when there is any; otherwise returns this set.</summary>
    public RecipientSet ThrowIfErrors() => HasErrors ? throw new GeneratorException(Diagnostics) : this;
}
