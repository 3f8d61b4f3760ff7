using Generator.Model;

namespace Generator.Batch;

/// <summary>A whole-run output (e.g. the combined print PDF, address labels, e-mail drafts), written into the staging folder
/// from the letters as they are finished.</summary>
public interface IBatchArtifactWriter
{
    /// <summary>Short name shown in progress, e.g. 「print.pdf」.</summary>
    string Name { get; }

    /// <summary>Starts the output in <paramref name="stagingDirectory"/>; the feed then receives every letter of the run, in recipient order.</summary>
    IBatchArtifactFeed Begin(string stagingDirectory, CancellationToken cancellationToken);

    /// <summary>Whether the output takes the pages each letter's PDF drew (<see cref="BatchLetter.Drawn"/>): the letters keep
    /// them only for a run with such an output (print.pdf), not with --no-print.</summary>
    bool TakesDrawnPages { get; }
}

/// <summary>One whole-run output being made: it receives each finished letter in recipient order, on one thread (not
/// the threads that make the letters), while later letters are still being made.</summary>
/// <remarks>When the run fails, <see cref="Finish"/> is never called; the feed is disposed (it closes what it holds open)
/// and the staging folder, with whatever the feed wrote, is deleted.</remarks>
public interface IBatchArtifactFeed : IDisposable
{
    /// <summary>Takes one finished letter: its files are written in the staging folder. Called once per recipient, in order.</summary>
    void Add(BatchLetter letter);

    /// <summary>Completes the output after the last letter; returns the files written.</summary>
    IReadOnlyList<RunFile> Finish(CancellationToken cancellationToken);
}

/// <summary>A file a whole-run output wrote: its name relative to the staging folder ('/'-separated), and — when the
/// output hashed it as it wrote it — its SHA-256 (lower-case hex) and size for manifest.json, which otherwise reads the
/// file back after the last letter (print.pdf: 7.5 MB for 1,788 letters; issue 17).</summary>
/// <param name="Name">The file's name.</param>
/// <param name="Sha256">Its SHA-256, or null: not hashed.</param>
/// <param name="Bytes">Its size in bytes (with <paramref name="Sha256"/>).</param>
public sealed record RunFile(string Name, string? Sha256 = null, long Bytes = 0);

/// <summary>A finished letter as the whole-run outputs see it: what was written for the recipient, and its document.</summary>
/// <param name="Result">The recipient's files, fingerprint and position.</param>
/// <param name="Document">The generated document (held only while the outputs take from it what they need).</param>
public sealed record BatchLetter(BatchItemResult Result, Document Document)
{
    /// <summary>The recipient.</summary>
    public BatchItem Item => Result.Item;

    /// <summary>What the recipient's PDF drew (its pages' compressed content, fonts, images), for print.pdf to take as it is
    /// (<see cref="Generator.Pdf.PdfBundleStream.TryAdd"/>); null when no PDF was drawn for this letter in this run (no pdf
    /// format, files reused from the previous run, 別添 appended) — print.pdf then lays the document out itself.</summary>
    public Generator.Pdf.DrawnPages? Drawn { get; init; }
}
