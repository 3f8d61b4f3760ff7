using Scriban;
using Scriban.Runtime;

namespace Generator.Batch.Mail;

/// <summary>The text of an e-mail draft (本文), from a Scriban template: the built-in <c>mail.sbn</c>, or (issue 15) a
/// template's own <c>templates/&lt;name&gt;/mail.sbn</c>.</summary>
/// <remarks>The template sees <c>addressee</c> (宛先: the document's addressee, else the recipient's name), <c>title</c>
/// (件名), <c>sender</c> (発信者, null when the document has none), <c>contact</c> (the notice's contact lines, 担当・連絡先) and <c>recipient</c> (the recipient's fields). Values
/// are inserted as text, never read as template code. Lines end in CRLF, as e-mail text does.</remarks>
public sealed class MailBody
{
    /// <summary>File name of a mail body template.</summary>
    public const string FileName = "mail.sbn";

    private static readonly Lazy<MailBody> BuiltInBody = new(() =>
    {
        using var stream = typeof(MailBody).Assembly.GetManifestResourceStream($"{typeof(MailBody).Namespace}.{FileName}")
            ?? throw new InvalidOperationException($"{FileName} is not embedded in {typeof(MailBody).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), $"(built-in) {FileName}");
    });

    private readonly Template template;

    private MailBody(Template template) => this.template = template;

    /// <summary>The built-in body: the addressee, 「標記の件について、別添のとおり送付します。」, the subject and the sender.</summary>
    public static MailBody BuiltIn => BuiltInBody.Value;

    /// <summary>Parses a body template; its line ends become CRLF.</summary>
    /// <exception cref="InvalidOperationException">The template has syntax errors.</exception>
    public static MailBody Parse(string source, string sourceName)
    {
        var text = source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        var parsed = Template.Parse(text, sourceName);
        if (parsed.HasErrors) throw new InvalidOperationException($"{sourceName}: {string.Join("; ", parsed.Messages)}");
        return new MailBody(parsed);
    }

    /// <summary>The body template of <paramref name="templateFolder"/> (its <c>mail.sbn</c>), or <see cref="BuiltIn"/> when it has none.</summary>
    /// <exception cref="Diagnostics.GeneratorException">The template's mail.sbn has syntax errors.</exception>
    public static MailBody For(string? templateFolder)
    {
        var path = templateFolder is null ? null : Path.Combine(templateFolder, FileName);
        if (path is null || !File.Exists(path)) return BuiltIn;
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (InvalidOperationException e)
        {
            throw new Diagnostics.GeneratorException(new Diagnostics.Diagnostic(path, 0, 0, $"The e-mail body template cannot be read: {e.Message}",
                "Correct its Scriban syntax, or delete it to use the built-in text."));
        }
    }

    /// <summary>The body for one draft; <paramref name="contact"/> (the notice's 担当・連絡先 lines) is <c>contact</c> in the template.</summary>
    public string Render(string addressee, string title, string? sender, IReadOnlyDictionary<string, object?> recipient, IReadOnlyList<string>? contact = null)
    {
        var fields = new ScriptObject(StringComparer.Ordinal);
        foreach (var (key, value) in recipient) fields.SetValue(key, value?.ToString(), readOnly: true);
        var model = new ScriptObject(StringComparer.Ordinal);
        model.SetValue("addressee", addressee, readOnly: true);
        model.SetValue("title", title, readOnly: true);
        model.SetValue("sender", sender, readOnly: true);
        model.SetValue("recipient", fields, readOnly: true);
        var lines = new ScriptArray();
        foreach (var line in contact ?? []) lines.Add(line);
        model.SetValue("contact", lines, readOnly: true);
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(model);
        return template.Render(context);
    }
}
