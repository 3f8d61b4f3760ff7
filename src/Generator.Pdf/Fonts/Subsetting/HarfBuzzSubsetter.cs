using System.Runtime.InteropServices;
using Generator.Diagnostics;
using static Generator.Pdf.Fonts.Subsetting.HarfBuzzNative;

namespace Generator.Pdf.Fonts.Subsetting;

/// <summary>Cuts a TrueType font down to the glyphs a PDF draws, with HarfBuzz's subsetter (the one browsers and Skia use):
/// glyphs renumbered compactly (no empty slots in loca and hmtx; the PDF maps its character ids, the original glyph ids, to
/// the new ones with a /CIDToGIDMap), hinting and the tables a PDF never reads dropped.</summary>
/// <remarks>The font is handed to HarfBuzz once, preprocessed for repeated subsetting, and kept for the life of the process
/// (fonts are cached per process by <see cref="FontRegistry"/>). Thread-safe: HarfBuzz faces are immutable once made.</remarks>
internal sealed class HarfBuzzSubsetter
{
    /// <summary>Tables a PDF's CIDFontType2 never reads: OpenType layout, vertical metrics, bitmaps, colour, signatures.</summary>
    /// <remarks>The cmap stays, though PDF 32000 §9.9 asks for one only in a simple TrueType font (1 KB of a letter's 55):
    /// without it Ghostscript rasterises some glyphs differently (2,000 pixels of a page at 100 dpi).</remarks>
    private static readonly string[] DroppedTables =
        ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG", "EBDT", "EBLC", "EBSC", "CBDT", "CBLC",
         "sbix", "COLR", "CPAL", "SVG ", "hdmx", "LTSH", "VDMX", "kern", "morx", "feat"];

    private readonly nint face;

    /// <summary>Hands <paramref name="font"/> (a whole TrueType file) to HarfBuzz.</summary>
    /// <exception cref="GeneratorException">The HarfBuzz library of this platform is missing from the installation.</exception>
    public HarfBuzzSubsetter(byte[] font)
    {
        try
        {
            face = Create(font);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw new GeneratorException(new Diagnostic("pdf", 0, 0,
                $"PDF output needs the HarfBuzz library (libHarfBuzzSharp) to embed fonts, and it could not be loaded: {e.Message}",
                "Reinstall Generator for this operating system and processor (the library ships in its runtimes folder), or write txt/docx only."));
        }
    }

    private static nint Create(byte[] font)
    {
        var memory = Marshal.AllocHGlobal(font.Length); // lives as long as the process: HarfBuzz reads it in place
        Marshal.Copy(font, 0, memory, font.Length);
        var blob = BlobCreate(memory, (uint)font.Length, MemoryModeReadOnly, 0, 0);
        var raw = FaceCreate(blob, 0);
        BlobDestroy(blob); // the face holds its own reference
        return SubsetPreprocess(raw); // data the subsetter needs every time, computed once: a subset takes a tenth of the time
        // (the raw face is kept: the preprocessed one may refer to it, and both live as long as the process)
    }

    /// <summary>The font with only <paramref name="glyphs"/> (and .notdef and the components of composite glyphs), renumbered
    /// compactly; the result says which new id each glyph got.</summary>
    /// <param name="glyphs">Glyph ids of the original font, ascending, without 0.</param>
    /// <exception cref="InvalidOperationException">HarfBuzz could not subset the font.</exception>
    public FontSubset Subset(IReadOnlyList<ushort> glyphs)
    {
        var input = SubsetInputCreateOrFail();
        if (input == 0) throw new InvalidOperationException("HarfBuzz could not allocate a subset input.");
        try
        {
            var set = SubsetInputGlyphSet(input);
            SetAdd(set, 0);
            foreach (var glyph in glyphs) SetAdd(set, glyph);
            var drop = SubsetInputSet(input, SetDropTableTag);
            foreach (var tag in DroppedTables) SetAdd(drop, Tag(tag));
            SubsetInputSetFlags(input, FlagNoHinting | FlagNoLayoutClosure);
            var plan = SubsetPlanCreateOrFail(face, input);
            if (plan == 0) throw new InvalidOperationException("HarfBuzz could not plan the font subset.");
            try
            {
                return new FontSubset(Execute(plan), glyphs, NewIds(plan, glyphs));
            }
            finally
            {
                SubsetPlanDestroy(plan);
            }
        }
        finally
        {
            SubsetInputDestroy(input);
        }
    }

    private static ushort[] NewIds(nint plan, IReadOnlyList<ushort> glyphs)
    {
        var map = SubsetPlanOldToNewGlyphMapping(plan); // owned by the plan
        var ids = new ushort[glyphs.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = MapGet(map, glyphs[i]);
            if (id is MapValueInvalid or > ushort.MaxValue)
                throw new InvalidOperationException($"HarfBuzz left glyph {glyphs[i]} out of the font subset.");
            ids[i] = (ushort)id;
        }
        return ids;
    }

    private static byte[] Execute(nint plan)
    {
        var subset = SubsetPlanExecuteOrFail(plan);
        if (subset == 0) throw new InvalidOperationException("HarfBuzz could not subset the font.");
        try
        {
            return BlobBytes(subset);
        }
        finally
        {
            FaceDestroy(subset);
        }
    }

    private static byte[] BlobBytes(nint subsetFace)
    {
        var blob = FaceReferenceBlob(subsetFace);
        try
        {
            var data = BlobGetData(blob, out var length);
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            BlobDestroy(blob);
        }
    }
}
