using Generator.Model;

namespace Generator.Writers;

/// <summary>Turns a <see cref="Document"/> into one output format (txt, docx, pdf). Implementations are thread-safe.</summary>
public interface IDocumentWriter
{
    /// <summary>Format name used on the command line, e.g. <c>docx</c>.</summary>
    string Format { get; }

    /// <summary>File extension without the dot, e.g. <c>docx</c>.</summary>
    string Extension { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>; the same document always gives the same bytes.</summary>
    /// <exception cref="Generator.Diagnostics.GeneratorException">The document cannot be written (e.g. a character the font lacks).</exception>
    void Write(Document document, Stream output);
}
