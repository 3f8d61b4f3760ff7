using Generator.Diagnostics;
using YamlDotNet.Core;

namespace Generator.Pipeline;

/// <summary>Turns YamlDotNet's syntax errors into notice.yaml's own line and column and a fix a clerk can apply.</summary>
internal static class NoticeSyntaxError
{
    public static Diagnostic Describe(YamlException e, string yaml, string fileName)
    {
        var lines = yaml.Replace("\r\n", "\n").Split('\n');
        var line = (int)Math.Max(1, e.Start.Line);
        var column = (int)Math.Max(1, e.Start.Column);

        // A tab in the indentation is the usual cause of a confusing message; YamlDotNet may report it lines away.
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
                return new Diagnostic(fileName, i + 1, tab + 1, "A tab is used for indentation; YAML allows only spaces there.",
                    "Indent with spaces, not tabs (replace the tab with spaces, two per level).");
        }

        var reason = e.InnerException?.Message ?? e.Message;
        var text = line <= lines.Length ? lines[line - 1] : "";
        if (reason.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) || OpenQuote(text))
            return new Diagnostic(fileName, line, column, $"A quoted value is not closed ({reason.TrimEnd('.')}).",
                "Close the quote: a value that starts with ' or \" must end with the same mark.");
        if (reason.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) || reason.Contains("flow mapping", StringComparison.OrdinalIgnoreCase))
        {
            var open = reason.Contains("sequence", StringComparison.OrdinalIgnoreCase) ? '[' : '{';
            var close = open == '[' ? ']' : '}';
            var at = Array.FindLastIndex(lines, Math.Min(line, lines.Length) - 1, l => l.Contains(open));
            return new Diagnostic(fileName, at + 1 > 0 ? at + 1 : line, at >= 0 ? lines[at].IndexOf(open) + 1 : column,
                $"A '{open}' is not closed with '{close}' (or an item lacks its ',').",
                $"Close it with '{close}' on the same line, or write the items one per line as '- item'; quote items that contain ',' or ': '.");
        }
        if (MoreIndentedThanSibling(lines, line))
            return new Diagnostic(fileName, line, 1, "This line is indented more than the field above it, which already has a value.",
                "Indent it as much as the field above (same level), or give the field above no value if this line belongs under it.");
        if (reason.Contains("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase) || reason.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase))
            return new Diagnostic(fileName, line, column, "A value contains ': ', which YAML reads as a second key.",
                "Put the value in quotes, e.g. title: '会議: 第1回', or remove the second ':'.");
        if (reason.Contains("expected key", StringComparison.OrdinalIgnoreCase) || reason.Contains("indicator", StringComparison.OrdinalIgnoreCase)
            || reason.Contains("block", StringComparison.OrdinalIgnoreCase))
            return new Diagnostic(fileName, line, column, $"The indentation does not match the lines above ({reason.TrimEnd('.')}).",
                "Indent fields of the same level by the same number of spaces, and list items ('- ') under their key consistently.");
        return new Diagnostic(fileName, line, column, $"Not valid YAML: {reason}",
            "Check indentation and quoting at this place (quote values that contain ': ' or start with @ or *).");
    }

    /// <summary>The error line is indented deeper than the nearest line above, and that line is a 'key: value' (not 'key:').</summary>
    private static bool MoreIndentedThanSibling(string[] lines, int line)
    {
        if (line < 2 || line > lines.Length) return false;
        var above = Array.FindLastIndex(lines, line - 2, l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        if (above < 0) return false;
        var previous = lines[above];
        return Indent(lines[line - 1]) > Indent(previous) && previous.TrimEnd().Contains(": ", StringComparison.Ordinal)
            && !previous.TrimEnd().EndsWith(':') && !previous.TrimStart().StartsWith("- ", StringComparison.Ordinal);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static bool OpenQuote(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var value = (colon >= 0 ? line[(colon + 2)..] : line.TrimStart(' ', '-')).Trim();
        return value.Length > 0 && value[0] is '"' or '\'' && (value.Length == 1 || value[^1] != value[0]);
    }
}
