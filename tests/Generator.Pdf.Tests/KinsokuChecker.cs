using System.Text;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Tests;

/// <summary>Checks extracted lines against 禁則: line starts, line ends and numbers split across lines.</summary>
internal static class KinsokuChecker
{
    public static List<string> Violations(IReadOnlyList<string> lines)
    {
        var problems = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var first = Rune.GetRuneAt(line, 0).Value;
            var last = line.EnumerateRunes().Last().Value;
            if (JlreqCharacterClasses.IsNotAtLineStart(first)) problems.Add($"line {i + 1} starts with {char.ConvertFromUtf32(first)}: {line}");
            if (JlreqCharacterClasses.IsNotAtLineEnd(last)) problems.Add($"line {i + 1} ends with {char.ConvertFromUtf32(last)}: {line}");
            if (i + 1 < lines.Count && lines[i + 1].Trim() is { Length: > 0 } next && IsDigit(line[^1]) && IsDigit(next[0]))
                problems.Add($"number split between lines {i + 1} and {i + 2}: {line} / {next}");
        }
        return problems;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';
}
