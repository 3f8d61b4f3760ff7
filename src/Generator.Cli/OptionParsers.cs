using System.CommandLine.Parsing;
using System.Globalization;

namespace Generator.Cli;

/// <summary>Parsers for typed options that say in plain words what an option needs (never a .NET type name such as
/// <c>System.Nullable`1[System.Int32]</c>); their errors are usage errors (exit 2).</summary>
internal static class OptionParsers
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, e.g. <c>--parallel 4</c>.</summary>
    public static Func<ArgumentResult, int?> WholeNumber(string option, int min, int max) => result =>
    {
        var text = Token(result);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{option} needs a whole number from {min} to {max}, e.g. {option} 4 (got '{text}').");
            return null;
        }
        if (value < min || value > max)
        {
            result.AddError($"{option} must be from {min} to {max} (got {value}).");
            return null;
        }
        return value;
    };

    /// <summary>The path of a file: refused when it names a folder or is not a valid path (whether it exists is checked where it is read).</summary>
    public static Func<ArgumentResult, FileInfo?> File(string option) =>
        PathOfKind(option, p => new FileInfo(p), Directory.Exists, "a file", "a folder");

    /// <summary>The path of a folder: refused when it names an existing file or is not a valid path.</summary>
    public static Func<ArgumentResult, DirectoryInfo?> Folder(string option) =>
        PathOfKind(option, p => new DirectoryInfo(p), System.IO.File.Exists, "a folder", "a file");

    /// <summary>The path of an output folder: refused only when it is not a valid path. An existing file there is the
    /// command's to refuse, as an input problem (exit 1) like the other states of the output folder.</summary>
    public static Func<ArgumentResult, DirectoryInfo?> OutputFolder(string option) =>
        PathOfKind(option, p => new DirectoryInfo(p), _ => false, "a folder", "a file");

    private static Func<ArgumentResult, T?> PathOfKind<T>(string option, Func<string, T> create, Func<string, bool> isOtherKind, string wanted, string other)
        where T : FileSystemInfo => result =>
    {
        var text = Token(result);
        var info = Path(result, option, text, create);
        if (info is not null && isOtherKind(info.FullName))
        {
            result.AddError($"{option} needs {wanted}, but '{text}' is {other}.");
            return null;
        }
        return info;
    };

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";

    private static T? Path<T>(ArgumentResult result, string option, string text, Func<string, T> create) where T : FileSystemInfo
    {
        try
        {
            if (text.Trim().Length == 0) throw new ArgumentException("empty");
            var info = create(text);
            _ = info.FullName;
            return info;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            result.AddError($"{option} needs a path, but '{text}' is not a valid path.");
            return null;
        }
    }
}
