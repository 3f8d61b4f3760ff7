using Generator.Diagnostics;
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

    /// <summary>Replace generated files that a person edited since the last run (their SHA-256 no longer matches
    /// manifest.json); without it such a run is refused before anything is written.</summary>
    public bool OverwriteEdited { get; init; }

    /// <summary>Files and folders the run reads (recipient file, notice data, font, templates folder): the output
    /// folder may neither hold one of them nor lie inside one of the folders.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Glyph coverage of the PDF font, checked for every document before anything is written; null to skip.</summary>
    public IGlyphCoverage? GlyphCoverage { get; init; }

    /// <summary>More problems that refuse a document before anything is written (e.g. <c>batch --final</c>: placeholders
    /// left in it, <c>PlaceholderFinder</c>); null for none. Identical problems of several recipients are reported once.</summary>
    public Func<Model.Document, BatchItem, IEnumerable<Diagnostic>>? DocumentCheck { get; init; }

    /// <summary>Findings that do not stop the run (e.g. placeholders left in the documents, <c>PlaceholderFinder</c>),
    /// looked for in every document as it is made and returned once each in <see cref="BatchResult.Warnings"/>; null for none.</summary>
    public Func<Model.Document, BatchItem, IEnumerable<Diagnostic>>? DocumentWarnings { get; init; }

    /// <summary>Extra outputs made from the whole run (combined print PDF, address labels, e-mail drafts).</summary>
    public IReadOnlyList<IBatchArtifactWriter> Artifacts { get; init; } = [];

    /// <summary>別添: PDFs appended to every recipient's PDF (<see cref="Attachments.NoticeAttachments"/>); checked for
    /// every recipient before anything is written. Add <see cref="Attachments.NoticeAttachments.Fingerprint"/> to
    /// <see cref="WriterSettings"/> so that <see cref="SkipUnchanged"/> sees a changed attachment.</summary>
    public IReadOnlyList<Attachments.IAttachmentSource> Attachments { get; init; } = [];

    /// <summary>Write each 別添 beside the recipient's PDF as its own file (<c>&lt;code&gt;_&lt;name&gt;_別添1.pdf</c>) instead of appending it.</summary>
    public bool AttachmentsBeside { get; init; }
}
