using System.Collections.Immutable;
using System.Globalization;
using Generator.Model;

namespace Generator.Markup;

/// <summary>Document properties: <c>@meta</c> keys, else the title and the first sender.</summary>
public sealed partial class MarkupParser
{
    private readonly Dictionary<string, string> meta = new(StringComparer.Ordinal);

    private void ParseMeta(MarkupLine line, string argument, int column)
    {
        var space = argument.IndexOfAny([' ', '\t', '\u3000']);
        var key = space < 0 ? argument : argument[..space];
        var value = space < 0 ? "" : argument[(space + 1)..].Trim(' ', '\t', '\u3000');
        if (key is not ("title" or "author" or "subject" or "date" or "id"))
        {
            Report(line, column + 2, $"Unknown @meta key '{key}'.", "Known keys: title, author, subject, date (YYYY-MM-DD), id.");
            return;
        }
        if (key == "date" && value.Length > 0 && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Report(line, column + 2 + key.Length + 1, $"@meta date must be an ISO date (YYYY-MM-DD), not '{value}'.", "Example: @meta date 2018-06-29");
            return;
        }
        meta[key] = value;
    }

    private DocumentMetadata Metadata(ImmutableArray<Block> built)
    {
        var title = meta.GetValueOrDefault("title") ?? built.OfType<Title>().FirstOrDefault()?.Text ?? "";
        var author = meta.GetValueOrDefault("author") ?? built.OfType<Sender>().FirstOrDefault()?.Text ?? "";
        DateOnly? date = meta.TryGetValue("date", out var iso) && iso.Length > 0
            ? DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        return new DocumentMetadata(title, author, meta.GetValueOrDefault("subject") ?? "", date, meta.GetValueOrDefault("id") ?? "");
    }
}
