using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Data;

/// <summary>
/// Names one output file per recipient, <c>&lt;code&gt;_&lt;name&gt;.&lt;ext&gt;</c> (or <c>row0005_&lt;name&gt;</c> without a code),
/// safe on Windows and Linux: no path separators, control characters, Windows-invalid characters, dot runs, leading or
/// trailing dots/spaces or reserved device names; Japanese text kept as is; the name part at most <see cref="MaxNameBytes"/>
/// UTF-8 bytes (cut with a hash of the full name); names made unique ignoring case.
/// One instance per output folder: it remembers the names it gave out.
/// </summary>
public sealed partial class OutputFileNamer
{
    /// <summary>Longest name part, in UTF-16 characters (a surrogate pair is never split).</summary>
    public const int MaxNameLength = 120;

    /// <summary>
    /// Longest name part of a file name, in UTF-8 bytes (file systems limit a name to 255 bytes, and 120 kanji are 360):
    /// a longer name is cut on a character boundary and ends in <c>~</c> and 8 hex digits of the SHA-256 of the full name,
    /// so two long names that share their beginning still get different, stable file names.
    /// </summary>
    public const int MaxNameBytes = 120;

    private const int HashLength = 8;

    private const string WindowsInvalid = "<>:\"/\\|?*";
    private static readonly FrozenSet<string> ReservedNames = new[] { "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$" }
        .Concat(Enumerable.Range(0, 10).SelectMany(i => new[] { $"COM{i}", $"LPT{i}" }))
        .Concat(["COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A unique, safe file name for <paramref name="recipient"/>; <paramref name="extension"/> with or without the dot (e.g. "docx").</summary>
    public string GetFileName(Recipient recipient, string extension)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var prefix = recipient.Code.Length > 0
            ? SanitizeSegment(recipient.Code, 16)
            : "row" + recipient.Source.Row.ToString("D4", CultureInfo.InvariantCulture);
        var stem = $"{prefix}_{FitName(recipient.Name)}";
        var ext = SanitizeExtension(extension);
        var candidate = stem + ext;
        for (var n = 2; !_used.Add(candidate.Normalize(NormalizationForm.FormC)); n++) candidate = $"{stem}_{n}{ext}";
        return candidate;
    }

    /// <summary>The full path of the recipient's file inside <paramref name="outputDirectory"/>; throws if it would leave that folder.</summary>
    public string GetPath(string outputDirectory, Recipient recipient, string extension)
    {
        var root = Path.GetFullPath(outputDirectory);
        var path = Path.GetFullPath(Path.Combine(root, GetFileName(recipient, extension)));
        if (!string.Equals(Path.GetDirectoryName(path), Path.TrimEndingDirectorySeparator(root), StringComparison.Ordinal))
            throw new InvalidOperationException($"Output path '{path}' is outside '{root}'.");
        return path;
    }

    /// <summary>
    /// Makes one path segment safe: path separators, Windows-invalid characters, control and bidi-control characters become
    /// '_'; runs of two or more dots become '_'; leading/trailing dots and spaces go; a reserved device name (CON, com1.txt, NUL.)
    /// gets a leading '_'; the result is cut to <paramref name="maxLength"/> and is never empty.
    /// </summary>
    public static string SanitizeSegment(string text, int maxLength = MaxNameLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in EnumerateRunesLeniently(text))
        {
            var bad = rune.Value < 0x20 || rune.Value == 0x7F || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control
                || rune.Value is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0xFFFD
                || (rune.IsAscii && WindowsInvalid.Contains((char)rune.Value));
            if (bad) builder.Append('_');
            else builder.Append(rune.ToString());
        }
        var safe = TrimDotsAndSpaces(DotRuns().Replace(builder.ToString(), "_"));
        if (safe.Length > maxLength) safe = TrimDotsAndSpaces(safe[..(char.IsHighSurrogate(safe[maxLength - 1]) ? maxLength - 1 : maxLength)]);
        if (safe.Length == 0) return "_";
        var dot = safe.IndexOf('.');
        var baseName = (dot < 0 ? safe : safe[..dot]).TrimEnd(' ');
        return ReservedNames.Contains(baseName) ? "_" + safe : safe;
    }

    /// <summary>The safe name part: <see cref="SanitizeSegment"/>, then cut to <see cref="MaxNameBytes"/> UTF-8 bytes with a hash of the full name.</summary>
    internal static string FitName(string name)
    {
        var safe = SanitizeSegment(name, int.MaxValue);
        if (Encoding.UTF8.GetByteCount(safe) <= MaxNameBytes) return safe;
        var budget = MaxNameBytes - 1 - HashLength;
        var cut = new StringBuilder();
        var bytes = 0;
        foreach (var rune in safe.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > budget) break;
            bytes += rune.Utf8SequenceLength;
            cut.Append(rune.ToString());
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..HashLength];
        return SanitizeSegment(TrimDotsAndSpaces(cut.ToString()) + "~" + hash, int.MaxValue);
    }

    private static string SanitizeExtension(string extension)
    {
        var letters = new string([.. extension.Where(char.IsAsciiLetterOrDigit)]);
        return letters.Length == 0 ? "" : "." + letters;
    }

    private static string TrimDotsAndSpaces(string text) => text.Trim().Trim('.', ' ', '\u3000');

    /// <summary>Runes of <paramref name="text"/>, with a lone surrogate given as U+FFFD (which is then replaced).</summary>
    private static IEnumerable<Rune> EnumerateRunesLeniently(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            yield return status == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar;
            i += Math.Max(consumed, 1);
        }
    }

    [GeneratedRegex(@"\.{2,}")]
    private static partial Regex DotRuns();
}
