using System.IO.Compression;

namespace Generator.Docx.Packaging;

/// <summary>
/// Rewrites a zip package so that the same content gives the same bytes: same entry order, one fixed time on every
/// entry, no extra fields, written through a seekable buffer (so no data descriptors whatever the target stream).
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The earliest time a zip (DOS) date can hold.</summary>
    private static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Rewrite(Stream source, Stream output, DateTimeOffset timestamp)
    {
        // zip stores local clock time without zone: use the UTC clock reading so the machine's zone never matters
        var time = new DateTimeOffset(DateTime.SpecifyKind(timestamp.UtcDateTime, DateTimeKind.Unspecified), TimeSpan.Zero);
        if (time < DosEpoch) time = DosEpoch;

        using var buffer = new MemoryStream();
        source.Position = 0;
        using (var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true))
        using (var result = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = result.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = time;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
