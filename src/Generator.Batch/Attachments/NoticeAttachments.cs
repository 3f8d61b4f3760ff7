using Generator.Diagnostics;
using Generator.Pdf;
using Generator.Pipeline;

namespace Generator.Batch.Attachments;

/// <summary>The 別添 a notice names in its <c>attachments</c> list, each either <c>file: x.pdf</c> (a PDF, relative to the
/// notice file) or <c>template: circular</c> (that template rendered for the same recipient, with its own sample notice).</summary>
/// <remarks>Every file is read and checked here, before a batch writes anything: a missing, empty or unreadable PDF
/// is an error naming the notice's line.</remarks>
public static class NoticeAttachments
{
    /// <summary>The notice field that lists the attachments.</summary>
    public const string Field = "enclosures";

    /// <summary>The attachments of <paramref name="notice"/>, in order; empty when it names none.</summary>
    /// <exception cref="GeneratorException">An entry is malformed, or a file is missing or not a readable PDF (all are reported).</exception>
    public static IReadOnlyList<IAttachmentSource> Load(IReadOnlyDictionary<string, object?> notice, DocumentGenerator generator, PdfWriter writer)
    {
        if (!notice.TryGetValue(Field, out var value) || value is not IEnumerable<object?> entries) return [];
        var data = notice as NoticeData;
        var file = data?.FileName ?? "notice.yaml";
        var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        var sources = new List<IAttachmentSource>();
        var problems = new List<Diagnostic>();
        var index = 0;
        foreach (var entry in entries)
        {
            var path = $"{Field}[{index++}]";
            var place = data?.Places.FirstOrDefault(p => p.Path == $"{path}.file" || p.Path == $"{path}.template")
                ?? data?.Places.FirstOrDefault(p => p.Path == path);
            Diagnostic Problem(string message, string hint) => new(file, place?.Line ?? 0, place?.Column ?? 0, message, hint);
            var map = entry as IReadOnlyDictionary<string, object?> ?? (entry as IDictionary<string, object?>)?.AsReadOnly();
            var pdf = map is not null && map.TryGetValue("file", out var f) ? f?.ToString() : null;
            var template = map is not null && map.TryGetValue("template", out var t) ? t?.ToString() : null;
            if (string.IsNullOrWhiteSpace(pdf) == string.IsNullOrWhiteSpace(template))
            {
                problems.Add(Problem("An attachment (別添) needs either 'file:' (a PDF) or 'template:' (a template rendered for the same recipient).",
                    "Write e.g. '- file: 別添_国通知.pdf' or '- template: circular'."));
                continue;
            }
            if (template is not null && !string.IsNullOrWhiteSpace(template))
            {
                if (generator.Templates is { } templates && !templates.TryResolveTemplate(template, out _, out var missing))
                {
                    problems.Add(missing! with { File = file, Line = place?.Line ?? 0, Column = place?.Column ?? 0 });
                    continue;
                }
                sources.Add(new TemplateAttachment(generator, template, NoticeLoader.Load(null, generator, template), writer));
                continue;
            }
            var full = Path.GetFullPath(Path.Combine(folder, pdf!));
            if (!File.Exists(full))
            {
                problems.Add(Problem($"The attachment (別添) '{pdf}' does not exist ({full}).",
                    "Put the PDF there, or correct the path (relative to the notice file)."));
                continue;
            }
            var bytes = File.ReadAllBytes(full);
            try
            {
                PdfPageImport.CountPages(bytes);
                sources.Add(new PdfFileAttachment(Path.GetFileName(full), bytes));
            }
            catch (InvalidDataException e)
            {
                problems.Add(Problem($"The attachment (別添) '{pdf}' is not a PDF that can be read: {e.Message}.",
                    "Save it again as PDF (not password-protected) from the program that made it, or attach another copy."));
            }
        }
        if (problems.Count > 0) throw new GeneratorException(problems);
        return sources;
    }

    /// <summary>What the attachments add to a recipient's fingerprint: their names and, for files, their content hashes.</summary>
    public static string Fingerprint(IReadOnlyList<IAttachmentSource> sources) =>
        string.Join("|", sources.Select(s => s is PdfFileAttachment f ? $"{f.Name}:{f.Sha256}" : s.Name));
}
