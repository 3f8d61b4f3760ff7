using System.Buffers.Binary;
using static Generator.Pdf.Fonts.Subsetting.HarfBuzzNative;

namespace Generator.Pdf.Fonts.Subsetting;

/// <summary>A font cut down to some glyphs, which it numbers afresh from 1 (.notdef stays 0): the program and, for each glyph
/// asked for, its id in the original font and in the subset. Made by <see cref="HarfBuzzSubsetter.Subset"/>; it holds
/// HarfBuzz's subset face, whose memory <see cref="Program"/> reads in place (no copy of the ~60 KB program per letter) until
/// <see cref="Dispose"/>. Not thread-safe; one thread makes, writes and disposes of it.</summary>
internal sealed class FontSubset : IDisposable
{
    private nint face;
    private readonly nint blob;
    private readonly nint data;
    private readonly int length;

    /// <summary>Takes <paramref name="subsetFace"/> (a face HarfBuzz's subsetter made), to destroy it on <see cref="Dispose"/>.</summary>
    /// <param name="subsetFace">The subset face.</param>
    /// <param name="oldGlyphs">The glyphs asked for, by their id in the original font, ascending.</param>
    /// <param name="newGlyphs">The id of each of <paramref name="oldGlyphs"/> in the subset, in the same order.</param>
    internal FontSubset(nint subsetFace, IReadOnlyList<ushort> oldGlyphs, IReadOnlyList<ushort> newGlyphs)
    {
        face = subsetFace;
        blob = FaceReferenceBlob(subsetFace);
        data = BlobGetData(blob, out var size);
        length = checked((int)size);
        OldGlyphs = oldGlyphs;
        NewGlyphs = newGlyphs;
    }

    /// <summary>The subset font program (a TrueType file), in HarfBuzz's memory: valid until <see cref="Dispose"/>.</summary>
    public unsafe ReadOnlySpan<byte> Program
    {
        get
        {
            ObjectDisposedException.ThrowIf(face == 0, this);
            return new ReadOnlySpan<byte>((void*)data, length);
        }
    }

    /// <summary>The glyphs asked for, by their id in the original font, ascending.</summary>
    public IReadOnlyList<ushort> OldGlyphs { get; }

    /// <summary>Whether it was cut from the font prepared for repeated subsetting (else from the font as it is; the bytes are
    /// the same either way).</summary>
    public bool FromPreparedFont { get; init; }

    /// <summary>How many glyphs were numbered first, from 1 (<see cref="HarfBuzzSubsetter.Subset"/>'s leading glyphs).</summary>
    public int LeadingGlyphCount { get; init; }

    /// <summary>A hash of which glyphs lead (their old ids), naming <see cref="LeadingOutlines"/> in <see cref="DeflatedOutlines"/>.</summary>
    public ulong LeadingKey { get; init; }

    /// <summary>Where in <see cref="Program"/> the outlines of .notdef and the <see cref="LeadingGlyphCount"/> leading glyphs lie:
    /// the start of the glyf table up to the next glyph's (TrueType's loca table: OpenType 1.9 'loca', 'head'). (0, 0) when
    /// no glyph leads or the program has no glyf or loca table.</summary>
    public (int Start, int Length) LeadingOutlines()
    {
        if (LeadingGlyphCount == 0) return (0, 0);
        var program = Program;
        var (glyf, glyfLength) = Table(program, "glyf"u8);
        var (loca, locaLength) = Table(program, "loca"u8);
        var (head, headLength) = Table(program, "head"u8);
        if (glyfLength == 0 || headLength < 54) return (0, 0);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(program[(head + 50)..]) == 1; // indexToLocFormat
        var entry = LeadingGlyphCount + 1; // the offset where the first glyph after the leading ones starts
        var size = longOffsets ? 4 : 2;
        if ((entry + 1) * size > locaLength) return (0, 0);
        var offsets = program.Slice(loca, locaLength);
        var (start, end) = longOffsets
            ? ((long)BinaryPrimitives.ReadUInt32BigEndian(offsets), (long)BinaryPrimitives.ReadUInt32BigEndian(offsets[(entry * 4)..]))
            : (BinaryPrimitives.ReadUInt16BigEndian(offsets) * 2L, BinaryPrimitives.ReadUInt16BigEndian(offsets[(entry * 2)..]) * 2L);
        return start > end || end > glyfLength ? (0, 0) : (glyf + (int)start, (int)(end - start));
    }

    /// <summary>Offset and length of table <paramref name="tag"/> in a TrueType file; (0, 0) when it has none.</summary>
    private static (int Offset, int Length) Table(ReadOnlySpan<byte> font, ReadOnlySpan<byte> tag)
    {
        if (font.Length < 12) return (0, 0);
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count && 12 + i * 16 + 16 <= font.Length; i++)
        {
            var record = font.Slice(12 + i * 16, 16);
            if (!record[..4].SequenceEqual(tag)) continue;
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            return (long)offset + length <= font.Length ? ((int)offset, (int)length) : (0, 0);
        }
        return (0, 0);
    }

    /// <summary>The id of each of <see cref="OldGlyphs"/> in <see cref="Program"/>, in the same order.</summary>
    public IReadOnlyList<ushort> NewGlyphs { get; }

    /// <summary>The /CIDToGIDMap stream of a CIDFontType2 whose character ids are the original glyph ids (PDF 32000 §9.7.4.2):
    /// two bytes (big-endian) per CID from 0 to the highest glyph asked for, the subset's glyph id or 0 for a CID never drawn.</summary>
    public byte[] CidToGidMap()
    {
        var map = new byte[CidToGidMapLength];
        WriteCidToGidMap(map);
        return map;
    }

    /// <summary>The length of <see cref="CidToGidMap"/> in bytes.</summary>
    public int CidToGidMapLength => OldGlyphs.Count == 0 ? 2 : (OldGlyphs[^1] + 1) * 2;

    /// <summary>Writes <see cref="CidToGidMap"/> into <paramref name="map"/> (<see cref="CidToGidMapLength"/> bytes, a buffer
    /// reused for every file: it is cleared first).</summary>
    public void WriteCidToGidMap(Span<byte> map)
    {
        map.Clear();
        for (var i = 0; i < OldGlyphs.Count; i++)
        {
            map[OldGlyphs[i] * 2] = (byte)(NewGlyphs[i] >> 8);
            map[OldGlyphs[i] * 2 + 1] = (byte)NewGlyphs[i];
        }
    }

    /// <summary>Lets HarfBuzz free the subset; <see cref="Program"/> may no longer be read.</summary>
    public void Dispose()
    {
        if (face == 0) return;
        BlobDestroy(blob);
        FaceDestroy(face);
        face = 0;
    }
}
