using Generator.Diagnostics;

namespace Generator.Pdf.Fonts;

/// <summary>Finds and loads the font a <see cref="PdfWriter"/> draws with; an unusable font file becomes a clear error.</summary>
internal static class PdfFontLoader
{
    /// <summary>The font of <see cref="PdfWriterOptions.FontPath"/>, else IPAex明朝 from the search folders.</summary>
    /// <exception cref="GeneratorException">No font was found, or the file cannot be used.</exception>
    public static LoadedFont Load(PdfWriterOptions options)
    {
        var path = FontLocator.Locate(options.FontPath, options.FontSearchDirectories);
        try
        {
            return FontRegistry.Get(path);
        }
        catch (InvalidDataException e)
        {
            throw new GeneratorException(new Diagnostic(path, 0, 0, $"The font file cannot be used: {e.Message}",
                "Pass --font with a TrueType (.ttf) file such as ipaexm.ttf."));
        }
    }
}
