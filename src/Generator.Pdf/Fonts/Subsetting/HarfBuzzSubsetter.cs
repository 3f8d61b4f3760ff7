using System.Runtime.InteropServices;
using Generator.Diagnostics;
using static Generator.Pdf.Fonts.Subsetting.HarfBuzzNative;

namespace Generator.Pdf.Fonts.Subsetting;

/// <summary>Cuts a TrueType font down to the glyphs a PDF draws, with HarfBuzz's subsetter (the one browsers and Skia use):
/// glyphs renumbered compactly (no empty slots in loca and hmtx; the PDF maps its character ids, the original glyph ids, to
/// the new ones with a /CIDToGIDMap), hinting and every table a PDF's CIDFontType2 does not need dropped.</summary>
/// <remarks>The font is handed to HarfBuzz once and kept for the life of the process (fonts are cached per process by
/// <see cref="FontRegistry"/>). HarfBuzz can also prepare it for repeated subsetting (<c>hb_subset_preprocess</c>): a
/// letter's subset then takes ~0.1 ms instead of ~1 ms (IPAex明朝) or ~2.5 ms (IPAmj明朝, 61,000 glyphs), but the preparation
/// takes 15–20 ms and ~100 ms. So a font is prepared only when many subsets will follow: when a batch asks for it
/// (<see cref="Preprocess"/>; the batch commands ask for the body font) or at its
/// <see cref="SubsetsBeforePreprocessing"/>th subset in the process; before that, subsets are cut from the font as it is,
/// to the same bytes (<c>FontSubsetTests</c>). One document (<c>render</c>) never pays for the preparation; the studio's
/// previews pay once, at the 8th. A subset asked for while the font is being prepared waits for it.
/// Thread-safe: HarfBuzz faces are immutable once made.</remarks>
internal sealed class HarfBuzzSubsetter
{
    /// <summary>At which subset the font is prepared for repeated subsetting without being asked: the preparation costs
    /// about as much as 15–40 subsets without it.</summary>
    internal const int SubsetsBeforePreprocessing = 8;

    /// <summary>The tables the subset keeps; HarfBuzz drops every other table of the font. PDF 32000-1 §9.9 (table 126) names
    /// those a TrueType program embedded as a CIDFontType2 needs: head, hhea, loca, maxp, glyf, hmtx, and the hinting tables
    /// cvt, prep and fpgm, which <see cref="FlagNoHinting"/> drops. Beside them the cmap stays (1 KB of a 55 KB letter), though
    /// only a simple TrueType font needs one: without it Ghostscript rasterises glyphs differently (about 2,000 pixels of a
    /// page at 100 dpi; most likely FreeType's auto-hinter, which finds a glyph's script through the cmap).</summary>
    /// <remarks>OS/2, name, post and gasp go (0.4 KB): the PDF's font descriptor carries the metrics and the name, and no
    /// reader we have draws or extracts differently without them (issue 17: pdftoppm, Ghostscript and pdf.js pixel-identical;
    /// pdftotext, pdffonts, qpdf). pdf.js rewrites the cmap and name and makes an OS/2 of its own when the font lacks one
    /// before it hands the font to the browser.</remarks>
    private static readonly string[] KeptTables = ["head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "cmap"];

    private readonly nint face;            // the font as it is
    private readonly uint[] droppedTables; // every table of the font but the kept ones
    private readonly int subsetsBeforePreprocessing;
    private readonly Lazy<nint> prepared;  // the font prepared for repeated subsetting
    private int preprocessing;             // 1 once someone asked for the prepared font
    private int subsetsWithout;            // subsets cut from the font as it is

    /// <summary>Hands <paramref name="font"/> (a whole TrueType file) to HarfBuzz.</summary>
    /// <param name="font">The font file's bytes.</param>
    /// <param name="subsetsBeforePreprocessing">At which subset the font is prepared for repeated subsetting without being
    /// asked (<see cref="SubsetsBeforePreprocessing"/>; a test chooses never, <see cref="int.MaxValue"/>).</param>
    /// <exception cref="GeneratorException">The HarfBuzz library of this platform is missing from the installation.</exception>
    public HarfBuzzSubsetter(byte[] font, int subsetsBeforePreprocessing = SubsetsBeforePreprocessing)
    {
        this.subsetsBeforePreprocessing = subsetsBeforePreprocessing;
        try
        {
            (face, droppedTables) = Create(font);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw new GeneratorException(new Diagnostic("pdf", 0, 0,
                $"PDF output needs the HarfBuzz library (libHarfBuzzSharp) to embed fonts, and it could not be loaded: {e.Message}",
                "Reinstall Generator for this operating system and processor (the library ships in its runtimes folder), or write txt/docx only."));
        }
        prepared = new Lazy<nint>(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>HarfBuzz subsets the whole font with everything kept and attaches the data every later subset needs (on
    /// failure it hands back the face itself, which subsets as well).</summary>
    private nint Prepare()
    {
        var made = SubsetPreprocess(face);
        RunTimeline.Mark("a font prepared for repeated subsetting");
        return made;
    }

    private static (nint Face, uint[] Dropped) Create(byte[] font)
    {
        // the font file's own array, pinned for the life of the process (fonts are loaded once per process): HarfBuzz reads it
        // in place, with no second copy of the file (7.8 MB for IPAex明朝, a few milliseconds and page faults at start-up)
        var memory = GCHandle.Alloc(font, GCHandleType.Pinned).AddrOfPinnedObject();
        var blob = BlobCreate(memory, (uint)font.Length, MemoryModeReadOnly, 0, 0);
        var raw = FaceCreate(blob, 0);
        BlobDestroy(blob); // the face holds its own reference
        var dropped = TableTags(raw).Where(tag => !KeptTables.Select(Tag).Contains(tag)).ToArray();
        return (raw, dropped); // kept as long as the process: the prepared face may refer to it
    }

    /// <summary>Whether the font has been prepared for repeated subsetting (subsets are cut from the prepared face).</summary>
    public bool IsPreprocessed => prepared.IsValueCreated;

    /// <summary>Prepares the font for repeated subsetting now, on this thread (a batch's preparation calls it while the inputs
    /// are read), or waits while another thread does.</summary>
    public void Preprocess()
    {
        Volatile.Write(ref preprocessing, 1);
        _ = prepared.Value;
    }

    /// <summary>The font with only <paramref name="glyphs"/> (and .notdef and the components of composite glyphs), renumbered
    /// compactly; the result says which new id each glyph got. Dispose of it once its program is written: the program is
    /// read where HarfBuzz made it, not copied.</summary>
    /// <param name="glyphs">Glyph ids of the original font, ascending, without 0.</param>
    /// <param name="leading">Glyphs to number first (1, 2, … in ascending order of their old ids), the others after them in the
    /// same order; null or none: every glyph in ascending order. A run's letters share the leading glyphs' outlines byte for
    /// byte at the start of the glyf table (<see cref="FontSubset.LeadingOutlines"/>).</param>
    /// <exception cref="InvalidOperationException">HarfBuzz could not subset the font.</exception>
    public FontSubset Subset(IReadOnlyList<ushort> glyphs, IReadOnlySet<ushort>? leading = null)
    {
        var input = SubsetInputCreateOrFail();
        if (input == 0) throw new InvalidOperationException("HarfBuzz could not allocate a subset input.");
        try
        {
            var set = SubsetInputGlyphSet(input);
            SetAdd(set, 0);
            foreach (var glyph in glyphs) SetAdd(set, glyph);
            var drop = SubsetInputSet(input, SetDropTableTag);
            foreach (var tag in droppedTables) SetAdd(drop, tag);
            SubsetInputSetFlags(input, FlagNoHinting | FlagNoLayoutClosure);
            var (leadingCount, leadingKey) = leading is { Count: > 0 } ? Number(input, glyphs, leading) : (0, 0UL);
            var (source, fromPrepared) = Source();
            var plan = SubsetPlanCreateOrFail(source, input);
            if (plan == 0) throw new InvalidOperationException("HarfBuzz could not plan the font subset.");
            try
            {
                var ids = NewIds(plan, glyphs);
                return new FontSubset(Execute(plan), glyphs, ids)
                {
                    LeadingGlyphCount = leadingCount,
                    LeadingKey = leadingKey,
                    FromPreparedFont = fromPrepared,
                };
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

    /// <summary>The face to cut a subset from, and whether it is the prepared one: the font as it is for the first
    /// <see cref="SubsetsBeforePreprocessing"/> − 1 subsets while nobody asked for the prepared font, else the prepared font,
    /// made now or waited for. (Subsets cut from the font as it is while another thread prepares it would take the
    /// cores the preparation needs: a 180-letter batch whose letters each draw an IPAmj明朝 character took 371–403 ms on
    /// 2 cores that way, against 347–358 ms for the build before, which waited.)</summary>
    private (nint Face, bool Prepared) Source()
    {
        if (!prepared.IsValueCreated && Volatile.Read(ref preprocessing) == 0
            && Interlocked.Increment(ref subsetsWithout) < subsetsBeforePreprocessing)
            return (face, false);
        Preprocess();
        return (prepared.Value, true);
    }

    /// <summary>Numbers the glyphs of <paramref name="glyphs"/> in <paramref name="leading"/> 1, 2, … and the others after them
    /// (.notdef stays 0); returns how many lead, and a hash of which (64-bit FNV-1a of their old ids).</summary>
    private static (int Count, ulong Key) Number(nint input, IReadOnlyList<ushort> glyphs, IReadOnlySet<ushort> leading)
    {
        var map = SubsetInputOldToNewGlyphMapping(input); // owned by the input
        MapSet(map, 0, 0);
        uint next = 1;
        var key = 14695981039346656037UL;
        foreach (var glyph in glyphs)
        {
            if (!leading.Contains(glyph)) continue;
            MapSet(map, glyph, next++);
            key = (key ^ glyph) * 1099511628211UL;
        }
        var count = (int)next - 1;
        foreach (var glyph in glyphs)
            if (!leading.Contains(glyph)) MapSet(map, glyph, next++);
        return (count, key);
    }

    /// <summary>The tags of the tables in <paramref name="face"/>.</summary>
    private static uint[] TableTags(nint face)
    {
        uint none = 0;
        var tags = new uint[FaceGetTableTags(face, 0, ref none, [])];
        var count = (uint)tags.Length;
        FaceGetTableTags(face, 0, ref count, tags);
        return tags[..(int)count];
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

    private static nint Execute(nint plan)
    {
        var subset = SubsetPlanExecuteOrFail(plan);
        if (subset == 0) throw new InvalidOperationException("HarfBuzz could not subset the font.");
        return subset;
    }
}
