using Generator.Diagnostics;

namespace Generator.Pdf.Fonts;

/// <summary>Finds and loads the fonts a <see cref="PdfWriter"/> draws with; an unusable body font file becomes a clear error.</summary>
internal static class PdfFontLoader
{
    /// <summary>The font of <see cref="PdfWriterOptions.FontPath"/> (else IPAex明朝 from the search folders), followed by the
    /// fallback fonts (IPAmj明朝) found in the same folders.</summary>
    /// <exception cref="GeneratorException">No font was found, or the file cannot be used.</exception>
    public static FontChain Load(PdfWriterOptions options)
    {
        var path = FontLocator.Locate(options.FontPath, options.FontSearchDirectories);
        try
        {
            var primary = FontRegistry.Get(path);
            var fallbacks = options.FallbackFontPaths ?? FontLocator.LocateFallbacks(options.FontSearchDirectories);
            return new FontChain(primary, [.. fallbacks.Where(f => !string.Equals(Path.GetFullPath(f), path, StringComparison.Ordinal))]);
        }
        catch (InvalidDataException e)
        {
            throw new GeneratorException(new Diagnostic(path, 0, 0, $"The font file cannot be used: {e.Message}",
                "Pass --font with a TrueType (.ttf) file such as ipaexm.ttf."));
        }
    }
}
