namespace Generator.Pdf.Output;

/// <summary>A piece of a zlib stream's data compressed on its own (<see cref="ZlibDeflate.Part"/>): raw deflate blocks that
/// start from an empty window and end byte-aligned, not final, so that other pieces can follow them (RFC 1951 §3.2.3 and a
/// sync flush), with the piece's own bytes and checksum.</summary>
/// <param name="Data">The bytes compressed.</param>
/// <param name="Deflated">The compressed blocks.</param>
/// <param name="Checksum">The Adler-32 of <paramref name="Data"/>.</param>
internal sealed record DeflatedPart(byte[] Data, byte[] Deflated, uint Checksum);
