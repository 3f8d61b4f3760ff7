using Generator.Docx;
using Generator.Markup;
using Generator.Pdf;
using Generator.Pipeline;
using Generator.Writers;

namespace Generator.Batch;

/// <summary>What a front end makes ready on other cores while it reads its inputs, so that the first letter does not
/// wait for it (issue 17: measured with <c>GENERATOR_TIMELINE=1</c>, docs/batch.md): the PDF font, Scriban's built-ins
/// and the template, each writer's first use of its libraries and the build identity of the fingerprints.</summary>
/// <remarks>Front ends start these and go on (the tasks are for tests to wait on). Each piece runs on a thread of the pool and changes no output: what it makes is what the first letter would
/// have made (a cache keyed by what it holds), and a failure is left for the real use to report, as without it.</remarks>
public static class RunPreparation
{
    /// <summary>Starts loading the PDF font (<paramref name="fontPath"/>, or the default) for a front end to call before it
    /// reads its inputs, and for <paramref name="manyDocuments"/> (a batch) preparing it for repeated subsetting
    /// (<see cref="PdfWriter.Prepare"/>). A font that cannot be loaded is reported where it is used.</summary>
    public static Task PdfFont(string? fontPath, bool manyDocuments) =>
        Start("PDF font ready", () => new PdfWriter(new PdfWriterOptions { FontPath = fontPath }).Prepare(manyDocuments));

    /// <summary>Starts what the first render of <paramref name="templateName"/> would do before its first line: Scriban's
    /// built-in functions (~14 ms of reflection in the Native AOT build) and the template's parse.</summary>
    public static Task Template(DocumentGenerator generator, string templateName) =>
        Start("template ready", () => generator.Prepare(templateName));

    /// <summary>Starts the first use of the writers of <paramref name="formats"/> — a short letter written to nowhere by a
    /// writer of its own: the Open XML SDK's metadata and code (~9 ms the first time in the Native AOT build), the PDF
    /// writer's first file with the font of <paramref name="fontPath"/> (or the default) — and the build identity that
    /// every letter's fingerprint names (<see cref="DocumentFingerprint"/>). What it makes ready is the process's, not a
    /// writer's, so the front end creates its own writers when it always did (a house style with a problem is still
    /// reported after the recipients' problems) and the main thread never waits for the font here.</summary>
    public static Task Writers(IReadOnlyList<string> formats, string? fontPath) =>
        Task.WhenAll(formats.Select(format => format switch
        {
            "docx" => Start("docx writer ready", () => Warm(new DocxWriter())),
            "pdf" => Start("pdf writer ready", () => Warm(new PdfWriter(new PdfWriterOptions { FontPath = fontPath }))),
            _ => Task.CompletedTask,
        }));

    private static void Warm(IDocumentWriter writer)
    {
        _ = DocumentFingerprint.BuildIdentity(writer.GetType().Assembly);
        writer.Write(Sample.Value, Stream.Null);
    }

    /// <summary>A short letter with the parts most letters have (number, date, addressee, sender, title, text, 記, items, 以上).</summary>
    private static readonly Lazy<Model.Document> Sample = new(() => MarkupParser.Parse(
        "@number \\第1号\n@date \\令和８年12月５日\n@to \\各市町村長\n@honorific \\様\n@from \\知事\n@title \\通知\n\n" +
        "　本文です。\n\n記\n\n１．項目\n\n（１）細目\n\n以上\n\n@contact \\担当：課\n", "(preparation)").Document);

    /// <summary>Runs <paramref name="prepare"/> on the pool; the task ends when it did, and never fails.</summary>
    private static Task Start(string mark, Action prepare) => Task.Run(() =>
    {
        try
        {
            prepare();
            Diagnostics.RunTimeline.Mark(mark);
        }
        catch (Exception)
        {
            // reported by the real use, with what to do (a missing font, a template that does not parse)
        }
    });
}
