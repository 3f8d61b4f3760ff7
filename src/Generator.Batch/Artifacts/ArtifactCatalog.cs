using Generator.Batch.Mail;
using Generator.Pdf;

namespace Generator.Batch.Artifacts;

/// <summary>Which whole-run outputs a batch makes: the one place a new whole-run output is registered.</summary>
public static class ArtifactCatalog
{
    /// <summary>Whole-run outputs for a batch: combined print PDF and address labels (with pdf), e-mail drafts (when chosen).</summary>
    /// <param name="template">The template's name (part of the outputs' identifiers).</param>
    /// <param name="formats">The document formats of the run.</param>
    /// <param name="settings">The writers' settings (PDF font).</param>
    /// <param name="choices">The optional outputs asked for.</param>
    /// <param name="notice">The notice (<c>mail_from</c> is the drafts' sender).</param>
    public static IReadOnlyList<IBatchArtifactWriter> For(string template, IReadOnlyList<string> formats, WriterSettings settings,
        ArtifactChoices choices, IReadOnlyDictionary<string, object?> notice)
    {
        if (!formats.Contains("pdf")) return [];
        var pdf = new PdfWriter(new PdfWriterOptions { FontPath = settings.FontPath });
        var artifacts = new List<IBatchArtifactWriter> { new AddressLabelBatchWriter(pdf, template) };
        // print.pdf draws like the recipients' PDF writer (the same options), so it can take the pages their PDFs drew
        if (choices.Print) artifacts.Insert(0, new PrintBundleWriter((PdfWriter)WriterCatalog.Create("pdf", settings), template, choices.WithAttachments));
        if (choices.Eml)
            artifacts.Add(new EmlDraftWriter(notice.TryGetValue("mail_from", out var from) ? from?.ToString() : null, choices.MailBody,
                notice.TryGetValue("contact", out var contact) && contact is IEnumerable<object?> lines ? [.. lines.Select(l => l?.ToString() ?? "")] : null));
        return artifacts;
    }
}
