using Generator.Data;
using Generator.Model;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Benchmarks;

/// <summary>The documents the benchmarks write, rendered from the project's templates/ (found above the program).</summary>
internal static class BenchmarkDocuments
{
    /// <summary>The template the benchmarks render: the 2018 circular (府医第36号), two pages of body text and items.</summary>
    public const string CircularTemplate = "circular";

    /// <summary>A pipeline over templates/, as a batch uses it.</summary>
    public static DocumentGenerator NewGenerator() => new(new ScribanTemplateRenderer(TemplateRoot.Discover()));

    /// <summary>The circular's sample notice (templates/circular/notice.yaml).</summary>
    public static IReadOnlyDictionary<string, object?> CircularNotice() =>
        NoticeFile.Load(Path.Combine(TemplateRoot.Discover().Directory, CircularTemplate, "notice.yaml"));

    /// <summary>The circular rendered from its template and sample notice.</summary>
    public static Document Circular() => NewGenerator().Generate(CircularTemplate, CircularNotice());

    /// <summary>The template of the per-recipient letter: a forwarding notice (two pages), as a batch writes one per recipient.</summary>
    public const string LetterTemplate = "forwarding-notice";

    /// <summary>The forwarding notice for 札幌市 (011002), as <c>generator render forwarding-notice --recipient 011002</c> writes it.</summary>
    public static Document Letter()
    {
        var (notice, fields, label) = LetterInputs();
        return NewGenerator().Generate(LetterTemplate, notice, fields, label, $"{LetterTemplate}:011002");
    }

    /// <summary>What the letter for 札幌市 is rendered from: the sample notice, the recipient's fields and its label.</summary>
    public static (IReadOnlyDictionary<string, object?> Notice, IReadOnlyDictionary<string, object?> Fields, string Label) LetterInputs()
    {
        var notice = NoticeFile.Load(Path.Combine(TemplateRoot.Discover().Directory, LetterTemplate, "notice.yaml"));
        var set = RecipientLoader.Load($"{RecipientSelector.Prefix}code=011002", RecipientLoadOptions.Default).ThrowIfErrors();
        var recipient = set.Recipients[0];
        var fields = recipient.Fields.ToDictionary(kv => kv.Key, kv => (object?)kv.Value, StringComparer.Ordinal);
        return (notice, fields, recipient.Label);
    }
}
