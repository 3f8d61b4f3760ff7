using System.Buffers.Binary;
using System.Text;

namespace Generator.Docx.Packaging;

/// <summary>
/// Writes a zip package so that the same content gives the same bytes: entries in the order given, deflated beforehand
/// (<see cref="DeflatedEntry"/>), one fixed time on every entry, no extra fields, no data descriptors (CRC and sizes are
/// known before the entry is written), whatever the target stream and on every operating system.
/// </summary>
/// <remarks>The fields are those System.IO.Compression's <c>ZipArchive</c> writes on Unix (version 2.0, made by Unix,
/// mode 0644), which the packages carried before they were written here, so their bytes did not change.</remarks>
internal static class DeterministicZip
{
    private const int LocalHeaderSize = 30;
    private const int CentralHeaderSize = 46;
    private const int EndOfDirectorySize = 22;
    private const ushort VersionNeeded = 20;            // 2.0: deflate
    private const ushort VersionMadeBy = 3 << 8 | 20;   // Unix, 2.0
    private const ushort Deflated = 8;
    private const uint RegularFileMode = 0x81A4u << 16; // S_IFREG | 0644 in the high half of the external attributes

    /// <summary>The earliest time a zip (DOS) date can hold.</summary>
    private static readonly DateTime DosEpoch = new(1980, 1, 1);

    public static void Write(IReadOnlyList<DeflatedEntry> entries, DateTimeOffset timestamp, Stream output)
    {
        var (time, date) = DosTime(timestamp);
        var names = new byte[entries.Count][];
        var size = EndOfDirectorySize;
        for (var i = 0; i < entries.Count; i++)
        {
            names[i] = Encoding.UTF8.GetBytes(entries[i].Name);
            size += LocalHeaderSize + CentralHeaderSize + 2 * names[i].Length + entries[i].Compressed.Length;
        }

        // the whole package is laid out in a pooled buffer and written at once (issue 17: not a new array per letter)
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var laid = buffer.AsSpan(0, size);
            laid.Clear(); // the fields no entry sets are 0, as in a new array
            Lay(entries, names, time, date, laid);
            output.Write(buffer, 0, size);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Lays the entries, the central directory and its end out into <paramref name="buffer"/>, exactly filled.</summary>
    private static void Lay(IReadOnlyList<DeflatedEntry> entries, byte[][] names, ushort time, ushort date, Span<byte> buffer)
    {
        var offsets = new int[entries.Count];
        var at = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            offsets[i] = at;
            var header = buffer.Slice(at, LocalHeaderSize);
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034B50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], VersionNeeded);
            FillCommon(header[6..], entry, names[i].Length, time, date);
            at += LocalHeaderSize;
            names[i].CopyTo(buffer[at..]);
            at += names[i].Length;
            entry.Compressed.CopyTo(buffer[at..]);
            at += entry.Compressed.Length;
        }

        var directory = at;
        for (var i = 0; i < entries.Count; i++)
        {
            var header = buffer.Slice(at, CentralHeaderSize);
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014B50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], VersionMadeBy);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], VersionNeeded);
            FillCommon(header[8..], entries[i], names[i].Length, time, date);
            // comment length, disk number and internal attributes (header[32..38]) stay 0
            BinaryPrimitives.WriteUInt32LittleEndian(header[38..], RegularFileMode);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], (uint)offsets[i]);
            at += CentralHeaderSize;
            names[i].CopyTo(buffer[at..]);
            at += names[i].Length;
        }

        var end = buffer.Slice(at, EndOfDirectorySize);
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(at - directory));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)directory);
    }

    /// <summary>The fields local and central headers share, from the flags on: flags, method, time, date, CRC, sizes,
    /// name length, extra length (0).</summary>
    private static void FillCommon(Span<byte> fields, DeflatedEntry entry, int nameLength, ushort time, ushort date)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(fields, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[2..], Deflated);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[4..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[6..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[8..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[12..], (uint)entry.Compressed.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[16..], (uint)entry.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[20..], (ushort)nameLength);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[22..], 0);
    }

    /// <summary>The MS-DOS time and date of the timestamp's UTC clock reading (zip stores local time without a zone, so
    /// the machine's zone never matters), no earlier than 1980; seconds in two-second steps.</summary>
    private static (ushort Time, ushort Date) DosTime(DateTimeOffset timestamp)
    {
        var t = timestamp.UtcDateTime;
        if (t < DosEpoch) t = DosEpoch;
        if (t.Year > 2107) t = new DateTime(2107, 12, 31, 23, 59, 58);
        return ((ushort)(t.Hour << 11 | t.Minute << 5 | t.Second / 2), (ushort)((t.Year - 1980) << 9 | t.Month << 5 | t.Day));
    }
}
