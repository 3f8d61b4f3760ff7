using System.Buffers.Binary;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Generator.Batch;

namespace Generator.Core.Tests.Batch;

/// <summary>The Native AOT build is identified by its executable's GNU build ID (issue 17: hashing the 42 MB file held up
/// every worker's first letter by ~25 ms). The ID read is the one <c>readelf -n</c> shows; a file that is not a 64-bit
/// little-endian ELF file with the note gives none, and the fingerprint hashes the file instead.</summary>
public sealed partial class ElfBuildIdTests
{
    [Fact]
    public void The_build_id_of_the_dotnet_host_is_the_one_readelf_shows()
    {
        var host = new FileInfo(Environment.ProcessPath!).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Environment.ProcessPath!;
        var readelf = Process.Start(new ProcessStartInfo("readelf", ["-n", host]) { RedirectStandardOutput = true })!;
        var notes = readelf.StandardOutput.ReadToEnd();
        readelf.WaitForExit();
        var shown = BuildIdLine().Match(notes);
        Assert.True(shown.Success, $"readelf shows no build ID for {host}:\n{notes}");

        Assert.True(ElfBuildId.TryRead(host, out var id));
        Assert.Equal(shown.Groups[1].Value, id);
    }

    [Fact]
    public void A_note_segment_is_walked_past_other_notes_to_the_build_id()
    {
        var file = Elf(Note(1, "GNU", [1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), Note(3, "GNU", [0xde, 0xad, 0xbe, 0xef, 0x01]));
        Assert.True(ElfBuildId.TryRead(file, out var id));
        Assert.Equal("deadbeef01", id);
    }

    [Fact]
    public void Files_without_a_build_id_give_none()
    {
        Assert.False(ElfBuildId.TryRead(Elf(Note(1, "GNU", [1, 2, 3, 4])), out _)); // notes, but no build ID
        Assert.False(ElfBuildId.TryRead(Elf(Note(3, "XYZ", [1, 2, 3, 4])), out _)); // a type-3 note of another vendor
        var notElf = Path.GetTempFileName();
        File.WriteAllText(notElf, "#!/bin/sh\necho generator\n");
        Assert.False(ElfBuildId.TryRead(notElf, out _));
        var cut = Path.GetTempFileName();
        File.WriteAllBytes(cut, File.ReadAllBytes(Elf(Note(3, "GNU", [1, 2, 3, 4])))[..100]); // the note segment cut off
        Assert.False(ElfBuildId.TryRead(cut, out _));
        Assert.False(ElfBuildId.TryRead(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), out _)); // no file
    }

    [Theory]
    [InlineData(long.MaxValue - 10, 0xFFFF, 0xFFFF)] // the program header table's end overflows a long
    [InlineData(64L, 0xFFFF, 0xFFFF)] // 4 GB of program headers
    [InlineData(-64L, 56, 2)]
    public void A_header_with_impossible_sizes_gives_none(long programHeaders, int entrySize, int entries)
    {
        var bytes = File.ReadAllBytes(Elf(Note(3, "GNU", [1, 2, 3, 4])));
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(0x20), programHeaders);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x36), (ushort)entrySize);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x38), (ushort)entries);
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, bytes);
        Assert.False(ElfBuildId.TryRead(path, out _));
    }

    [Fact]
    public void A_note_segment_with_an_impossible_place_gives_none()
    {
        var bytes = File.ReadAllBytes(Elf(Note(3, "GNU", [1, 2, 3, 4])));
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(64 + 56 + 0x08), long.MaxValue - 2); // p_offset
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, bytes);
        Assert.False(ElfBuildId.TryRead(path, out _));
    }

    [GeneratedRegex(@"Build ID: ([0-9a-f]+)")]
    private static partial Regex BuildIdLine();

    /// <summary>One note: name size, description size, type, then name and description each padded to 4 bytes.</summary>
    private static byte[] Note(uint type, string name, byte[] description)
    {
        var nameBytes = System.Text.Encoding.ASCII.GetBytes(name + "\0");
        var note = new byte[12 + Pad(nameBytes.Length) + Pad(description.Length)];
        BinaryPrimitives.WriteUInt32LittleEndian(note, (uint)nameBytes.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(note.AsSpan(4), (uint)description.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(note.AsSpan(8), type);
        nameBytes.CopyTo(note, 12);
        description.CopyTo(note, 12 + Pad(nameBytes.Length));
        return note;
    }

    /// <summary>A 64-bit little-endian ELF file: its header, a PT_LOAD and a PT_NOTE program header, then the notes.</summary>
    private static string Elf(params byte[][] notes)
    {
        const int header = 64, entry = 56;
        var segment = notes.SelectMany(n => n).ToArray();
        var bytes = new byte[header + 2 * entry + segment.Length];
        bytes[0] = 0x7F; bytes[1] = (byte)'E'; bytes[2] = (byte)'L'; bytes[3] = (byte)'F'; bytes[4] = 2; bytes[5] = 1; bytes[6] = 1;
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(0x20), header); // e_phoff
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x36), entry); // e_phentsize
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x38), 2); // e_phnum
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(header), 1); // PT_LOAD, ignored
        var note = bytes.AsSpan(header + entry);
        BinaryPrimitives.WriteUInt32LittleEndian(note, 4); // PT_NOTE
        BinaryPrimitives.WriteInt64LittleEndian(note[0x08..], header + 2 * entry); // p_offset
        BinaryPrimitives.WriteInt64LittleEndian(note[0x20..], segment.Length); // p_filesz
        segment.CopyTo(bytes, header + 2 * entry);
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static int Pad(int size) => (size + 3) & ~3;
}
