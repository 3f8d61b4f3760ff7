using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Generator.Batch;
using Generator.Diagnostics;
using Generator.Docx;
using Generator.Model;
using Generator.Pdf;
using Generator.Studio.Recipients;
using Generator.Studio.Workspace;
using Generator.Templating;
using Generator.Writers;

namespace Generator.Studio.Drafting;

/// <summary>The answer to an edit: the PDF when the document could be made, and every problem beside its cause.</summary>
/// <param name="Pdf">The PDF's bytes; null when the document could not be made (the page keeps the last good one).</param>
/// <param name="Pages">Its page count.</param>
/// <param name="Problems">Errors and warnings, each tied to a field or a template line where possible.</param>
/// <param name="Wareki">和暦 of each date field that holds a date (field key → 令和７年４月15日).</param>
/// <param name="Milliseconds">Server time from the edit to the PDF bytes.</param>
public sealed record PreviewResult(byte[]? Pdf, int Pages, IReadOnlyList<StudioProblem> Problems, IReadOnlyDictionary<string, string> Wareki, long Milliseconds);

/// <summary>
/// Drafting on the same pipeline as the CLI: template + notice + recipient → <see cref="Pipeline.DocumentGenerator"/> →
/// the PDF and DOCX writers. Each edit is saved to the draft's notice.yaml before it is rendered, so nothing is lost.
/// </summary>
public sealed class DraftingService(StudioWorkspace workspace, DraftStore drafts, TemplateVariants variants, StudioRecipients recipients, string? fontPath)
{
    private readonly ConcurrentDictionary<string, Lazy<(TemplateFieldSet? Set, Diagnostic? Problem)>> fieldSets = new(StringComparer.Ordinal);
    private readonly Lazy<PdfWriter> pdf = new(() => new PdfWriter(new PdfWriterOptions { FontPath = fontPath }));
    private readonly DocxWriter docx = new();

    /// <summary>The workspace.</summary>
    public StudioWorkspace Workspace => workspace;

    /// <summary>The drafts.</summary>
    public DraftStore Drafts => drafts;

    /// <summary>The user's wording.</summary>
    public TemplateVariants Variants => variants;

    /// <summary>The recipients.</summary>
    public StudioRecipients Recipients => recipients;

    /// <summary>The PDF writer every preview and send uses.</summary>
    public PdfWriter PdfWriter => pdf.Value;

    /// <summary>The DOCX writer.</summary>
    public DocxWriter DocxWriter => docx;

    /// <summary>The built-in templates with their one-line descriptions.</summary>
    public IReadOnlyList<(string Name, string Description)> Templates() =>
        variants.BuiltIn.TemplateNames().Select(n => (n, Fields(n).Set?.Description ?? variants.BuiltIn.DescriptionOf(n))).ToList();

    /// <summary>The template's declared fields (fields.yaml), or the problem that stopped them loading.</summary>
    public (TemplateFieldSet? Set, Diagnostic? Problem) Fields(string template) =>
        fieldSets.GetOrAdd(template, t => new(() =>
        {
            try { return (TemplateFieldSet.Load(Path.Combine(variants.BuiltIn.Directory, t)), null); }
            catch (GeneratorException e) { return (null, e.Diagnostics[0]); }
        })).Value;

    /// <summary>Starts a draft of <paramref name="template"/> from its sample notice.yaml (or its declared examples).</summary>
    public Draft Create(string template)
    {
        if (!variants.BuiltIn.TemplateNames().Contains(template)) throw new KeyNotFoundException($"No template '{template}'.");
        var sample = Path.Combine(variants.BuiltIn.Directory, template, "notice.yaml");
        var notice = File.Exists(sample) ? Pipeline.NoticeFile.Load(sample) : Fields(template).Set?.ExampleNotice() ?? new Dictionary<string, object?>();
        return drafts.Create(template, notice);
    }

    /// <summary>Applies the page's values to the draft and saves its notice.yaml (no rendering: for "save" and for closing the tab).</summary>
    public void Save(string draftId, IReadOnlyDictionary<string, JsonElement> values)
    {
        var draft = drafts.Load(draftId);
        if (Fields(draft.Settings.Template).Set is { } set && values.Count > 0)
            drafts.SaveNotice(draftId, NoticeForm.Apply(draft.Notice, set, values, []));
    }

    /// <summary>Applies the page's values to the draft, saves it, and renders the PDF for the chosen recipient.</summary>
    public PreviewResult Preview(string draftId, IReadOnlyDictionary<string, JsonElement> values, string? recipient)
    {
        var clock = Stopwatch.StartNew();
        var draft = drafts.Load(draftId);
        var problems = new List<StudioProblem>();
        var (set, fieldsProblem) = Fields(draft.Settings.Template);
        var notice = draft.Notice;
        if (set is not null && values.Count > 0)
        {
            notice = NoticeForm.Apply(notice, set, values, problems);
            drafts.SaveNotice(draftId, notice);
        }
        if (!string.IsNullOrEmpty(recipient) && recipient != draft.Settings.PreviewRecipient)
        {
            draft.Settings.PreviewRecipient = recipient;
            drafts.SaveSettings(draftId, draft.Settings);
        }
        if (fieldsProblem is not null) problems.Add(StudioProblem.From(fieldsProblem, severity: "warning"));
        var unreadable = problems.Any(p => p.Severity == "error");
        if (set is not null) problems.AddRange(FieldProblems(set, notice, drafts.NoticePath(draftId), problems));
        if (unreadable) // the page keeps its last good preview until the field is fixed
            return new PreviewResult(null, 0, problems, WarekiOf(set, notice), clock.ElapsedMilliseconds);

        byte[]? bytes = null;
        var pages = 0;
        try
        {
            var item = StudioRecipients.ToItem(recipients.Single(draft.Settings.PreviewRecipient ?? "011002"));
            var document = Generate(draft.Settings.Template, notice, item);
            var glyphs = GlyphCheck.Find(document, pdf.Value.GlyphCoverage, item.Label).ToList();
            if (glyphs.Count > 0) problems.AddRange(StudioProblem.From(glyphs));
            else
            {
                using var buffer = new MemoryStream();
                pages = pdf.Value.WritePaged(document, buffer);
                bytes = buffer.ToArray();
            }
        }
        catch (GeneratorException e)
        {
            problems.AddRange(StudioProblem.From(e.Diagnostics));
        }
        return new PreviewResult(bytes, pages, problems, WarekiOf(set, notice), clock.ElapsedMilliseconds);
    }

    /// <summary>One recipient's document in <paramref name="format"/> (<c>pdf</c> or <c>docx</c>), from the saved draft.</summary>
    /// <exception cref="GeneratorException">The document cannot be made.</exception>
    public (byte[] Bytes, string FileName) Document(string draftId, string format, string? recipient)
    {
        var draft = drafts.Load(draftId);
        var item = StudioRecipients.ToItem(recipients.Single(recipient ?? draft.Settings.PreviewRecipient ?? "011002"));
        var document = Generate(draft.Settings.Template, draft.Notice, item);
        IDocumentWriter writer = format == "docx" ? docx : pdf.Value;
        using var buffer = new MemoryStream();
        writer.Write(document, buffer);
        return (buffer.ToArray(), $"{item.FileStem}.{writer.Extension}");
    }

    private Document Generate(string template, IReadOnlyDictionary<string, object?> notice, BatchItem item) =>
        variants.Generator.Generate(template, notice, item.Fields, item.Label, $"{template}:{item.FileStem}");

    /// <summary>Missing or ill-typed fields (from the declaration), placeholders 「○」 and unconfirmed facts, each tied to its field.</summary>
    private static IEnumerable<StudioProblem> FieldProblems(TemplateFieldSet set, IReadOnlyDictionary<string, object?> notice, string noticePath, List<StudioProblem> already)
    {
        var flagged = already.Select(p => p.Field).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var d in set.Validate(notice, noticePath))
        {
            var field = set.Fields.FirstOrDefault(f => d.Message.Contains(f.Label, StringComparison.Ordinal) || d.Message.Contains($"'{f.Key}'", StringComparison.Ordinal));
            if (field is not null && flagged.Contains(field.Key)) continue; // the form already said what is wrong with it
            yield return StudioProblem.From(d with { File = DraftStore.NoticeFileName }, field?.Key);
        }
        foreach (var field in set.Fields)
        {
            var value = NoticeForm.ValueOf(notice, field);
            var texts = value switch { string s => [s], IEnumerable<string> l => l, _ => [] };
            if (texts.Any(t => t.Contains('○')))
                yield return new StudioProblem("warning", field.Key, null, 0, 0, $"{field.Label}: 「○」が残っています。", "送付の前に正しい値を入れてください。");
            else if (field.Uncertain)
                yield return new StudioProblem("warning", field.Key, null, 0, 0, $"{field.Label}: 未確認の値です。", field.Help ?? "原本で確認してください。");
        }
    }

    private static Dictionary<string, string> WarekiOf(TemplateFieldSet? set, IReadOnlyDictionary<string, object?> notice)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in set?.Fields.Where(f => f.Type == TemplateFieldType.Date) ?? [])
            if (NoticeForm.ValueOf(notice, field) is string iso && DateInput.WarekiOf(iso) is { Length: > 0 } wareki)
                result[field.Key] = wareki;
        return result;
    }
}
