using Generator.Writers;

namespace Generator.Batch;

/// <summary>How a batch runs.</summary>
public sealed record BatchOptions
{
    /// <summary>Documents generated at once; defaults to the number of cores.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Reuse a recipient's files from the previous run when its inputs (template, notice, recipient, formats) are unchanged and the files still match their recorded hashes.</summary>
    public bool SkipUnchanged { get; init; }

    /// <summary>What else the files depend on besides the document and the writers' versions — the font file and
    /// DOCX font names — so that <see cref="SkipUnchanged"/> never reuses a file made with other settings.</summary>
    public string WriterSettings { get; init; } = "";

    /// <summary>Glyph coverage of the PDF font, checked for every document before anything is written; null to skip.</summary>
    public IGlyphCoverage? GlyphCoverage { get; init; }

    /// <summary>Extra outputs made from the whole run (combined print PDF, address labels, e-mail drafts).</summary>
    public IReadOnlyList<IBatchArtifactWriter> Artifacts { get; init; } = [];
}
