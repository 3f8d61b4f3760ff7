using System.Globalization;
using Generator.Layout;
using Document = Generator.Model.Document;

namespace Generator.Docx.Packaging;

/// <summary>
/// All a document contributes to the parts outside document.xml and core.xml (styles, settings): its language and its
/// outline indents. The builders of those parts take this and the house style, never the document, so two letters with
/// equal <see cref="Key"/> under one writer get the same shared parts.
/// </summary>
/// <param name="Language">The East-Asian language tag (ja-JP when the document sets none).</param>
/// <param name="Outline">The outline items' indents per level.</param>
internal sealed record LetterInvariants(string Language, OutlineGeometry Outline)
{
    /// <summary>What of <paramref name="document"/> the shared parts depend on, under <paramref name="options"/>.</summary>
    public static LetterInvariants Of(Document document, PageLayoutOptions options) =>
        new(string.IsNullOrEmpty(document.Metadata.Language) ? "ja-JP" : document.Metadata.Language,
            OutlineGeometry.For(document, options.OutlineIndent));

    /// <summary>Text that is equal exactly when the invariants are (the outline's numbers round-trip).</summary>
    public string Key => string.Join("|", Language,
        string.Join(";", Outline.LeftChars.Select(Number)), string.Join(";", Outline.HangingChars.Select(Number)));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
