using System.CommandLine;
using Generator.Batch;
using Generator.Checks;
using Generator.Diagnostics;
using Generator.Model;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Cli.Commands;

/// <summary>What must not go out half-finished (issue 15): placeholders left in the documents (<see cref="PlaceholderFinder"/>)
/// and a prefecture writing to another prefecture's bodies (<see cref="SenderPrefectureCheck"/>). Warnings in check and
/// batch; errors, before anything is written, with <c>batch --final</c>.</summary>
internal static class SendingChecks
{
    /// <summary>--final: refuse the run while a placeholder or an unconfirmed value is left, or the sender's prefecture is not the recipients'.</summary>
    public static Option<bool> Final() => new("--final") { Description = "The documents are to be sent: refuse (exit 1, nothing written) while a 「○」 placeholder or a value fields.yaml marks uncertain (not listed under 'confirmed:' in notice.yaml) is left, or a prefecture's notice goes to another prefecture's bodies." };

    /// <summary>For <c>--final</c>: throws when the sender's prefecture is not the recipients'; returns the per-document
    /// placeholder check for <see cref="BatchOptions.DocumentCheck"/> (null without --final).</summary>
    /// <exception cref="GeneratorException">A prefecture's notice goes to another prefecture's bodies.</exception>
    public static Func<Document, BatchItem, IEnumerable<Diagnostic>>? ForFinal(bool final, DocumentGenerator generator, string template,
        IReadOnlyDictionary<string, object?> notice, IReadOnlyList<BatchItem> items)
    {
        if (!final) return null;
        if (SenderPrefectureCheck.Find(notice, items.Select(i => (i.Label, i.Fields))) is { } wrong) throw new GeneratorException([wrong]);
        var fields = Fields(generator, template);
        return (document, _) => PlaceholderFinder.Find(document, notice, fields);
    }

    /// <summary>For <c>check --final</c>: throws what <c>batch --final</c> would refuse, with the same lines: the
    /// sender-prefecture finding, else every placeholder and unconfirmed value of <paramref name="documents"/>, each once.</summary>
    /// <exception cref="GeneratorException">Something must be finished before the documents are sent.</exception>
    public static void ThrowIfNotFinal(DocumentGenerator generator, string template, IReadOnlyDictionary<string, object?> notice,
        IReadOnlyList<BatchItem> items, IEnumerable<Document> documents)
    {
        ForFinal(true, generator, template, notice, items); // the sender's prefecture first, alone, as batch --final
        var fields = Fields(generator, template);
        var all = documents.SelectMany(d => PlaceholderFinder.Find(d, notice, fields)
            .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)).Distinct().ToList(); // in batch's order
        if (all.Count > 0) throw new GeneratorException(all);
    }

    /// <summary>Writes each finding once as a warning line; <paramref name="withUncertain"/> false leaves out uncertain
    /// values (check already notes them).</summary>
    public static void Warn(TextWriter output, DocumentGenerator generator, string template, IReadOnlyDictionary<string, object?> notice,
        IReadOnlyList<BatchItem> items, IEnumerable<Document> documents, bool withUncertain = true)
    {
        var fields = Fields(generator, template);
        Warn(output, notice, items, documents.SelectMany(d => PlaceholderFinder.Find(d, notice, fields, withUncertain)).Distinct());
    }

    /// <summary>The placeholder check of one document, for <see cref="BatchOptions.DocumentWarnings"/>: a batch looks
    /// for them as it makes each letter and keeps no document.</summary>
    public static Func<Document, BatchItem, IEnumerable<Diagnostic>> ForWarnings(DocumentGenerator generator, string template,
        IReadOnlyDictionary<string, object?> notice)
    {
        var fields = Fields(generator, template);
        return (document, _) => PlaceholderFinder.Find(document, notice, fields);
    }

    /// <summary>Writes <paramref name="found"/> (each once, in recipient order) and the sender-prefecture finding as warning lines.</summary>
    public static void Warn(TextWriter output, IReadOnlyDictionary<string, object?> notice, IReadOnlyList<BatchItem> items, IEnumerable<Diagnostic> found)
    {
        var all = found.ToList();
        if (SenderPrefectureCheck.Find(notice, items.Select(i => (i.Label, i.Fields))) is { } wrong) all.Add(wrong);
        foreach (var finding in all) output.WriteLine(finding.Format("warning"));
    }

    private static TemplateFieldSet? Fields(DocumentGenerator generator, string template) =>
        generator.Templates?.FieldsOf(template);
}
