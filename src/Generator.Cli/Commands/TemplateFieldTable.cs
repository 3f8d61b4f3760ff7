using Generator.Layout;
using Generator.Templating;

namespace Generator.Cli.Commands;

/// <summary>Prints a template's declared fields as a plain-text table (key, label, type, required, help), aligned for full-width labels.</summary>
internal static class TemplateFieldTable
{
    private static readonly string[] Header = ["key", "label", "type", "required", "help"];

    public static void Write(TextWriter output, IReadOnlyList<TemplateField> fields)
    {
        var rows = new List<string[]> { Header };
        foreach (var field in fields)
        {
            rows.Add(Row(field.Key, field));
            foreach (var column in field.Columns) rows.Add(Row($"  {field.Key}[].{column.Key}", column));
        }
        var widths = Enumerable.Range(0, Header.Length - 1).Select(i => rows.Max(r => Width(r[i]))).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Take(widths.Length).Select((cell, i) => cell + new string(' ', widths[i] - Width(cell)));
            output.WriteLine(string.Join("  ", cells.Append(row[^1])).TrimEnd());
        }
    }

    private static string[] Row(string key, TemplateField field)
    {
        var notes = new List<string>();
        if (!string.IsNullOrEmpty(field.Help)) notes.Add(field.Help);
        if (field.Choices.Count > 0) notes.Add($"選択肢: {string.Join("・", field.Choices)}");
        if (field.Uncertain) notes.Add("要確認（仮の値）");
        return [key, field.Label, field.TypeName, field.Required ? "yes" : "no", string.Join(" ", notes)];
    }

    /// <summary>Width in half-width columns (a full-width character counts 2).</summary>
    private static int Width(string text) => (int)(CharacterWidth.Of(text) * 2);
}
