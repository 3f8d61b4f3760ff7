using System.Buffers.Binary;

namespace Generator.Batch;

/// <summary>Reads the GNU build ID of an ELF executable (the <c>NT_GNU_BUILD_ID</c> note the linker writes: a hash of the
/// linked file, as <c>readelf -n</c> shows it), so that a Native AOT build is identified without hashing its 40 MB.</summary>
/// <remarks>64-bit little-endian files only (Linux x64 and arm64, what scripts/publish-aot.sh builds); anything else —
/// another format, a file without the note, a malformed header — gives false, and the caller hashes the file instead.</remarks>
internal static class ElfBuildId
{
    private const uint NoteSegment = 4; // PT_NOTE
    private const uint BuildIdNote = 3; // NT_GNU_BUILD_ID
    private const int MaxNotesBytes = 64 * 1024;
    private const int MaxTableBytes = 64 * 1024; // a linked executable has about a dozen program headers of 56 bytes

    /// <summary>The build ID of the ELF file at <paramref name="path"/> in lower-case hex, if it has one.</summary>
    public static bool TryRead(string path, out string buildId)
    {
        buildId = "";
        try
        {
            using var file = File.OpenRead(path);
            Span<byte> header = stackalloc byte[64];
            if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length) return false;
            // \x7fELF, 64-bit (2), little-endian (1)
            if (header[0] != 0x7F || header[1] != (byte)'E' || header[2] != (byte)'L' || header[3] != (byte)'F' || header[4] != 2 || header[5] != 1) return false;
            var programHeaders = BinaryPrimitives.ReadInt64LittleEndian(header[0x20..]);
            var entrySize = BinaryPrimitives.ReadUInt16LittleEndian(header[0x36..]);
            var entries = BinaryPrimitives.ReadUInt16LittleEndian(header[0x38..]);
            var tableSize = (long)entrySize * entries; // up to 65,535²: a long
            if (programHeaders <= 0 || entrySize < 0x38 || tableSize > MaxTableBytes || programHeaders > file.Length - tableSize) return false;

            var table = new byte[tableSize];
            file.Position = programHeaders;
            file.ReadExactly(table);
            for (var i = 0; i < entries; i++)
            {
                var entry = table.AsSpan(i * entrySize, entrySize);
                if (BinaryPrimitives.ReadUInt32LittleEndian(entry) != NoteSegment) continue;
                var offset = BinaryPrimitives.ReadInt64LittleEndian(entry[0x08..]);
                var size = BinaryPrimitives.ReadInt64LittleEndian(entry[0x20..]);
                if (offset < 0 || size <= 0 || size > MaxNotesBytes || offset > file.Length - size) continue;
                var notes = new byte[size];
                file.Position = offset;
                file.ReadExactly(notes);
                if (TryFind(notes, out buildId)) return true;
            }
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or OverflowException)
        {
            return false; // the caller hashes the file instead
        }
    }

    /// <summary>Walks a note segment: name size, description size and type (4 bytes each), then the name and the
    /// description, each padded to 4 bytes.</summary>
    private static bool TryFind(ReadOnlySpan<byte> notes, out string buildId)
    {
        buildId = "";
        var at = 0;
        while (at + 12 <= notes.Length)
        {
            var nameSize = (long)BinaryPrimitives.ReadUInt32LittleEndian(notes[at..]);
            var descriptionSize = (long)BinaryPrimitives.ReadUInt32LittleEndian(notes[(at + 4)..]);
            var type = BinaryPrimitives.ReadUInt32LittleEndian(notes[(at + 8)..]);
            var name = at + 12L;
            var description = name + Align4(nameSize);
            var next = description + Align4(descriptionSize);
            if (next > notes.Length) return false;
            if (type == BuildIdNote && nameSize == 4 && notes.Slice((int)name, 4).SequenceEqual("GNU\0"u8) && descriptionSize > 0)
            {
                buildId = Convert.ToHexStringLower(notes.Slice((int)description, (int)descriptionSize));
                return true;
            }
            at = (int)next;
        }
        return false;
    }

    private static long Align4(long size) => (size + 3) & ~3L;
}
