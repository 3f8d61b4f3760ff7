using Generator.Data;
using Generator.Diagnostics;
using YamlDotNet.Core;

namespace Generator.Pipeline;

/// <summary>Reads a notice's data file (notice.yaml). Every scalar stays a string, as YAML gives it; <c>~</c> is null;
/// a <c>date</c> / <c>*_date</c> field becomes an ISO date. Rules and limits: docs/templates.md ("notice.yaml").</summary>
public static class NoticeFile
{
    /// <summary>Largest notice.yaml read (bytes, and characters for <see cref="Parse"/>); the samples are a few KB.</summary>
    public const int MaxSize = 1_000_000;

    /// <summary>Loads <paramref name="path"/> as a mapping of fields: UTF-8 (with or without BOM), UTF-16 with BOM, or Shift_JIS (CP932).</summary>
    /// <exception cref="GeneratorException">The file is missing, too large, in an unknown encoding, not YAML, or not a
    /// mapping; a key is duplicated or a date is wrong; with line and column.</exception>
    public static NoticeData Load(string path)
    {
        if (!File.Exists(path))
            throw new GeneratorException(new Diagnostic(path, 0, 0, "The notice data file does not exist.", "Give the path of a notice.yaml, e.g. templates/circular/notice.yaml."));
        var length = new FileInfo(path).Length;
        if (length > MaxSize)
            throw new GeneratorException(new Diagnostic(path, 0, 0, $"The notice data file is {length:N0} bytes; at most {MaxSize:N0} are read.",
                "A notice needs a few KB; check that this is the right file."));
        return Parse(Decode(File.ReadAllBytes(path), path), path);
    }

    /// <summary>Parses YAML text; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="GeneratorException">As <see cref="Load"/>, for the text.</exception>
    public static NoticeData Parse(string yaml, string fileName)
    {
        if (yaml.Length > MaxSize)
            throw new GeneratorException(new Diagnostic(fileName, 0, 0, $"The notice data has {yaml.Length:N0} characters; at most {MaxSize:N0} are read.",
                "A notice needs a few KB; check that this is the right file."));
        object? root;
        IReadOnlyList<NoticeField> places;
        try
        {
            (root, places) = NoticeYamlReader.Read(yaml, fileName);
        }
        catch (YamlException e)
        {
            throw new GeneratorException(NoticeSyntaxError.Describe(e, yaml, fileName));
        }
        if (root is null) return new NoticeData(fileName, new Dictionary<string, object?>(), []);
        if (root is not IReadOnlyDictionary<string, object?> map)
        {
            var at = places.FirstOrDefault(p => p.Path.Length == 0);
            throw new GeneratorException(new Diagnostic(fileName, at?.Line ?? 1, at?.Column ?? 1, "The notice data must be a mapping of fields (key: value).", "Start the file with fields such as 'title: …'."));
        }
        return new NoticeData(fileName, map, places);
    }

    /// <summary>Decodes as the recipient-file reader does; refuses UTF-16 without BOM (NUL bytes) and undecodable bytes.</summary>
    private static string Decode(byte[] bytes, string path)
    {
        var hasBom = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (!hasBom && Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            var line = 1 + bytes.Take(nul).Count(b => b == (byte)'\n');
            throw new GeneratorException(new Diagnostic(path, line, 0, "The notice data file contains NUL bytes: it is UTF-16 without a byte-order mark, or not a text file.",
                "Save it as UTF-8 (Notepad: 名前を付けて保存 → 文字コード UTF-8), or as UTF-16 with BOM."));
        }
        if (!TextEncodingDetector.TryDecode(bytes, out var text, out _, out var error, out var errorLine))
            throw new GeneratorException(new Diagnostic(path, errorLine, 0, $"The notice data file is not readable text: {error}",
                "Save it as UTF-8 (Notepad: 名前を付けて保存 → 文字コード UTF-8)."));
        return text;
    }
}
