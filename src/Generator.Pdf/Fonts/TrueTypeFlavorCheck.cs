namespace Generator.Pdf.Fonts;

/// <summary>Refuses font files that PDF output cannot embed, with a message saying what the file is: PDFsharp embeds only
/// TrueType outlines (<c>glyf</c>); a CFF-flavoured OpenType font (.otf, sfnt version <c>OTTO</c>, a <c>CFF </c> table),
/// a collection (.ttc/.otc, <c>ttcf</c>) or a web font would give a broken PDF.</summary>
internal static class TrueTypeFlavorCheck
{
    private const uint TrueType = 0x00010000;
    private const uint AppleTrueType = 0x74727565; // 'true'
    private const uint OpenTypeCff = 0x4F54544F;   // 'OTTO'
    private const uint Collection = 0x74746366;    // 'ttcf'
    private const uint Woff = 0x774F4646;          // 'wOFF'
    private const uint Woff2 = 0x774F4632;         // 'wOF2'

    /// <summary>Throws unless <paramref name="sfntVersion"/> is a single TrueType font; called before the table directory is read.</summary>
    /// <exception cref="InvalidDataException">The file is not a single TrueType font; the message says what it is.</exception>
    public static void CheckVersion(uint sfntVersion, long fileLength)
    {
        if (fileLength < 12) throw new InvalidDataException("The file is too short to be a font.");
        switch (sfntVersion)
        {
            case TrueType or AppleTrueType:
                return;
            case OpenTypeCff:
                throw new InvalidDataException(CffMessage);
            case Collection:
                throw new InvalidDataException("The file is a font collection (.ttc/.otc: several fonts in one file), which PDF output cannot embed.");
            case Woff or Woff2:
                throw new InvalidDataException("The file is a web font (WOFF), which PDF output cannot embed.");
            default:
                throw new InvalidDataException("The file is not a font (it does not start like a TrueType font file).");
        }
    }

    /// <summary>Throws when the table directory shows PostScript (CFF) outlines or no TrueType outlines.</summary>
    /// <exception cref="InvalidDataException">The font has <c>CFF </c>/<c>CFF2</c> tables or no <c>glyf</c> table.</exception>
    public static void CheckTables(IReadOnlyCollection<string> tags)
    {
        if (tags.Contains("CFF ") || tags.Contains("CFF2")) throw new InvalidDataException(CffMessage);
        if (!tags.Contains("glyf")) throw new InvalidDataException("The font has no TrueType outlines (no 'glyf' table), which PDF output needs.");
    }

    private const string CffMessage =
        "The font is an OpenType font with PostScript (CFF) outlines, such as an .otf file or Noto/Source Han CJK; PDF output can embed only TrueType (.ttf) fonts, e.g. IPAex明朝 (ipaexm.ttf).";
}
