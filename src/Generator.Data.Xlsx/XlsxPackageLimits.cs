using System.IO.Compression;

namespace Generator.Data;

/// <summary>
/// Guards against a "zip bomb" posing as a workbook: before the workbook is opened, every part is inflated through a
/// counting stream that stops at the limits — at most <see cref="MaxPartBytes"/> per part, <see cref="MaxTotalBytes"/> in
/// all, and <see cref="MaxRatio"/> times its compressed size for a part over 1 MB. The sizes the zip declares are checked
/// first (a fast refusal), and the real ones while counting (a zip may lie about them).
/// </summary>
internal static class XlsxPackageLimits
{
    /// <summary>Largest uncompressed part: 50 MB (a sheet of 100,000 recipients is about 30 MB).</summary>
    public const long MaxPartBytes = 50L * 1024 * 1024;

    /// <summary>Largest uncompressed workbook, all parts together: 100 MB.</summary>
    public const long MaxTotalBytes = 100L * 1024 * 1024;

    /// <summary>Largest compression ratio of a part over 1 MB; XML sheets compress about 10–30 times.</summary>
    public const long MaxRatio = 500;

    private const long RatioFloor = 1024 * 1024;

    /// <summary>Null when <paramref name="stream"/> (left at position 0) is within the limits; else what is wrong.</summary>
    /// <exception cref="InvalidDataException">The stream is not a zip file.</exception>
    public static string? Check(Stream stream)
    {
        string? problem;
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
            problem = CheckDeclared(zip) ?? CheckActual(zip);
        stream.Position = 0;
        return problem;
    }

    private static string? CheckDeclared(ZipArchive zip)
    {
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (Exceeds(entry, entry.Length) is { } problem) return problem;
            total += entry.Length;
            if (total > MaxTotalBytes) return TotalProblem();
        }
        return null;
    }

    private static string? CheckActual(ZipArchive zip)
    {
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            using var content = entry.Open();
            long size = 0;
            for (int read; (read = content.Read(buffer)) > 0;)
            {
                size += read;
                total += read;
                if (Exceeds(entry, size) is { } problem) return problem;
                if (total > MaxTotalBytes) return TotalProblem();
            }
        }
        return null;
    }

    private static string? Exceeds(ZipArchiveEntry entry, long size)
    {
        if (size > MaxPartBytes)
            return $"Part '{entry.FullName}' of the workbook unpacks to more than {MaxPartBytes / (1024 * 1024)} MB; it is not read (a damaged file or a \"zip bomb\").";
        if (size > RatioFloor && size > MaxRatio * Math.Max(entry.CompressedLength, 1))
            return $"Part '{entry.FullName}' of the workbook unpacks to more than {MaxRatio} times its packed size; it is not read (a damaged file or a \"zip bomb\").";
        return null;
    }

    private static string TotalProblem() =>
        $"The workbook unpacks to more than {MaxTotalBytes / (1024 * 1024)} MB in all; it is not read (a damaged file or a \"zip bomb\").";
}
