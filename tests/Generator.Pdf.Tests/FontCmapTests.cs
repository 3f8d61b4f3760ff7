using System.Runtime.InteropServices;
using Generator.Pdf.Fonts;
using Generator.Pdf.Fonts.Subsetting;

namespace Generator.Pdf.Tests;

/// <summary>Issue 17: the glyph of every code point, read from the font's cmap into a flat table for the Basic Multilingual
/// Plane and a dictionary for the others, is the glyph HarfBuzz's own cmap reader finds — for IPAex明朝 and for IPAmj明朝,
/// whose MJ文字 lie beyond the BMP.</summary>
public sealed partial class FontCmapTests
{
    [Fact]
    public void Every_code_point_has_the_glyph_HarfBuzz_finds_in_the_body_and_the_fallback_font()
    {
        var fallbacks = FontLocator.LocateFallbacks();
        Assert.NotEmpty(fallbacks); // IPAmj明朝 is installed by scripts/setup.sh
        foreach (var path in new[] { FontLocator.Locate(null), fallbacks[0] })
        {
            var file = TrueTypeFontFile.Load(path);
            var mapped = 0;
            var beyondBmp = 0;
            var handle = GCHandle.Alloc(file.Bytes, GCHandleType.Pinned);
            nint blob = 0, face = 0, font = 0;
            try
            {
                blob = HarfBuzzNative.BlobCreate(handle.AddrOfPinnedObject(), (uint)file.Bytes.Length, HarfBuzzNative.MemoryModeReadOnly, 0, 0);
                face = HarfBuzzNative.FaceCreate(blob, 0);
                font = FontCreate(face);
                for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
                {
                    var expected = GetNominalGlyph(font, (uint)codePoint, out var glyph) ? glyph : 0u;
                    var actual = file.GlyphIndex(codePoint);
                    if (actual != expected) Assert.Fail($"{Path.GetFileName(path)} U+{codePoint:X4}: glyph {actual}, HarfBuzz {expected}");
                    if (actual == 0) continue;
                    mapped++;
                    if (codePoint > 0xFFFF) beyondBmp++;
                }
            }
            finally
            {
                if (font != 0) FontDestroy(font);
                if (face != 0) HarfBuzzNative.FaceDestroy(face);
                if (blob != 0) HarfBuzzNative.BlobDestroy(blob);
                handle.Free();
            }
            Assert.True(mapped > 10_000, $"{path}: {mapped} code points mapped");
            if (path == fallbacks[0]) Assert.True(beyondBmp > 1_000, $"{path}: {beyondBmp} code points beyond the BMP");
            Assert.Equal(0, file.GlyphIndex(-1));
            Assert.Equal(0, file.GlyphIndex(0x110000));
        }
    }

    // the font functions the writer never needs (it subsets; layout reads the cmap itself); the rest is HarfBuzzNative's
    [LibraryImport(HarfBuzzNative.Library, EntryPoint = "hb_font_create")]
    private static partial nint FontCreate(nint face);

    [LibraryImport(HarfBuzzNative.Library, EntryPoint = "hb_font_destroy")]
    private static partial void FontDestroy(nint font);

    [LibraryImport(HarfBuzzNative.Library, EntryPoint = "hb_font_get_nominal_glyph")]
    [return: MarshalAs(UnmanagedType.I4)]
    private static partial bool GetNominalGlyph(nint font, uint unicode, out uint glyph);
}
