using System.Collections.Immutable;
using System.Globalization;
using Generator.Diagnostics;
using Generator.Model;

namespace Generator.Markup;

/// <summary>Parses the plain-text markup of an official document (docs/markup.md) into a <see cref="Document"/>.</summary>
/// <remarks>Never throws on bad markup: every problem is collected with its line and column.</remarks>
public sealed class MarkupParser
{
    private static readonly string[] KnownDirectives =
        ["number", "label", "date", "to", "honorific", "from", "seal", "title", "attachment", "contact",
         "center", "right", "left", "blank", "pagebreak", "table", "meta"];

    private readonly string sourceName;
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<Block> blocks = [];
    private readonly List<(Block Block, int Rank)> pendingItems = [];
    private readonly Dictionary<string, string> meta = new(StringComparer.Ordinal);

    // state of the block being built
    private List<string>? addressees;
    private int addresseeLine;
    private List<string>? contact;
    private int contactLine;
    private List<ImmutableArray<string>>? tableRows;
    private int tableLine;
    private bool tableHasHeader;
    private ImmutableArray<int> nextTableWidths = ImmutableArray<int>.Empty;
    private OutlineItem? openItem;
    private int openItemIndex;
    private bool sealOmitted = true;

    private MarkupParser(string sourceName) => this.sourceName = sourceName;

    /// <summary>Parses <paramref name="markup"/>; <paramref name="sourceName"/> names it in diagnostics.</summary>
    public static MarkupParseResult Parse(string markup, string sourceName)
    {
        var parser = new MarkupParser(sourceName);
        return parser.Run(markup);
    }

    private MarkupParseResult Run(string markup)
    {
        var lineNumber = 0;
        foreach (var raw in markup.Split('\n'))
        {
            lineNumber++;
            var line = MarkupLine.Decode(lineNumber, raw.TrimEnd('\r'));
            ParseLine(line);
        }
        FlushAll();
        var document = Build();
        return new MarkupParseResult(document, diagnostics);
    }

    private void ParseLine(MarkupLine line)
    {
        var indent = line.IndentEnd();
        var text = line.Text;
        if (indent == text.Length)
        {
            return; // blank lines only separate; vertical space is asked for with @blank
        }

        var first = text[indent];
        var firstLiteral = line.IsLiteral(indent);

        if (!firstLiteral && first == '@' && indent == 0)
        {
            ParseDirective(line);
            return;
        }
        if (!firstLiteral && first == '|' && indent == 0)
        {
            FlushExcept(table: true);
            ParseTableRow(line);
            return;
        }

        var content = text[indent..].TrimEnd(' ', '\t', '\u3000');
        if (indent > 0 && openItem is not null)
        {
            // an indented line right after an outline item continues it; the indent is template text
            // (IndentEnd counts only unescaped white space), even when the text after it comes from data
            FlushExcept(item: true);
            openItem = openItem with { Continuations = openItem.Continuations.Add(content) };
            blocks[openItemIndex] = openItem;
            return;
        }

        FlushAll();
        if (!firstLiteral && content == NoteHeading.Text)
        {
            blocks.Add(new NoteHeading(new SourcePosition(line.Number)));
            return;
        }
        if (!firstLiteral && content == ClosingMark.Text)
        {
            blocks.Add(new ClosingMark(new SourcePosition(line.Number)));
            return;
        }
        if (!firstLiteral && OutlineTokenClassifier.Classify(content) is { } token)
        {
            var item = new OutlineItem(0, token.Label, content[token.TextStart..].TrimStart(' ', '\t', '\u3000'),
                ImmutableArray<string>.Empty, new SourcePosition(line.Number));
            blocks.Add(item);
            openItem = item;
            openItemIndex = blocks.Count - 1;
            pendingItems.Add((item, token.Rank));
            return;
        }
        blocks.Add(new Paragraph(content, new SourcePosition(line.Number)));
    }

    private void ParseDirective(MarkupLine line)
    {
        var text = line.Text;
        var nameEnd = 1;
        while (nameEnd < text.Length && !line.IsLiteral(nameEnd) && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-')) nameEnd++;
        var name = text[1..nameEnd];
        var argument = text[nameEnd..].Trim(' ', '\t', '\u3000');
        var position = new SourcePosition(line.Number);

        if (name != "to" && name != "honorific") FlushAddressees();
        if (name != "contact") FlushContact();
        if (name != "table") FlushTable();
        CloseItem();

        switch (name)
        {
            case "number": Add(new DocumentNumber(Require(line, name, argument), position)); break;
            case "label": Add(new DocumentLabel(Require(line, name, argument), position)); break;
            case "date": Add(new DateLine(Require(line, name, argument), position)); break;
            case "title": Add(new Title(Require(line, name, argument), position)); break;
            case "attachment": Add(new Attachment(Require(line, name, argument), position)); break;
            case "center": Add(new AlignedLine(Require(line, name, argument), LineAlignment.Center, position)); break;
            case "right": Add(new AlignedLine(Require(line, name, argument), LineAlignment.Right, position)); break;
            case "left": Add(new AlignedLine(Require(line, name, argument), LineAlignment.Left, position)); break;
            case "blank": NoArgument(line, name, argument); Add(new BlankLine(position)); break;
            case "pagebreak": NoArgument(line, name, argument); Add(new PageBreak(position)); break;
            case "from": Add(new Sender(Require(line, name, argument), sealOmitted, position)); break;
            case "to":
                FlushContact();
                if (addressees is null)
                {
                    addressees = [];
                    addresseeLine = line.Number;
                }
                addressees.Add(Require(line, name, argument));
                break;
            case "honorific":
                if (addressees is null)
                {
                    Report(line, 1, "@honorific must follow the @to lines it belongs to.", "Move it directly under the last @to line.");
                    break;
                }
                FlushAddressees(Require(line, name, argument));
                break;
            case "seal":
                if (argument is "omitted") sealOmitted = true;
                else if (argument is "affixed") sealOmitted = false;
                else Report(line, nameEnd + 2, $"@seal takes 'omitted' or 'affixed', not '{argument}'.", "Write @seal omitted (prints （公印省略）) or @seal affixed.");
                break;
            case "contact":
                if (contact is null)
                {
                    contact = [];
                    contactLine = line.Number;
                }
                contact.Add(argument);
                break;
            case "table": ParseTableDirective(line, argument, nameEnd); break;
            case "meta": ParseMeta(line, argument, nameEnd); break;
            default:
                Report(line, 1, $"Unknown directive '@{name}'.",
                    $"Known directives: {string.Join(", ", KnownDirectives.Select(d => "@" + d))}. To print a literal @ write \\@.");
                break;
        }
    }

    private void ParseTableDirective(MarkupLine line, string argument, int column)
    {
        FlushTable();
        if (argument.Length == 0)
        {
            nextTableWidths = ImmutableArray<int>.Empty;
            return;
        }
        var widths = ImmutableArray.CreateBuilder<int>();
        foreach (var part in argument.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var w) || w <= 0)
            {
                Report(line, column + 2, $"@table widths must be positive whole numbers separated by commas, not '{argument}'.", "Example: @table 30,70");
                return;
            }
            widths.Add(w);
        }
        nextTableWidths = widths.ToImmutable();
    }

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

    private void ParseTableRow(MarkupLine line)
    {
        var text = line.Text.TrimEnd(' ', '\t', '\u3000');
        var parts = line.SplitUnescaped('|', 1).ToList();
        // a row written "| a | b |" ends with an empty part after the last bar
        if (parts.Count > 1 && parts[^1].Part.Trim().Length == 0 && text.EndsWith('|')) parts.RemoveAt(parts.Count - 1);
        var cells = parts.Select(p => p.Part.Trim(' ', '\t', '\u3000')).ToImmutableArray();

        if (tableRows is null)
        {
            tableRows = [];
            tableLine = line.Number;
            tableHasHeader = false;
        }
        if (cells.All(IsHeaderRule))
        {
            if (tableRows.Count == 1 && !tableHasHeader) tableHasHeader = true;
            else Report(line, 1, "A |---| rule may only follow the first row of a table (it marks that row as the header).", "Remove this rule or move it under the header row.");
            return;
        }
        if (tableRows.Count > 0 && cells.Length != tableRows[0].Length)
        {
            Report(line, 1, $"This table row has {cells.Length} cells but the table's first row has {tableRows[0].Length}.",
                "Give every row the same number of cells; write \\| for a bar inside a cell.");
            return;
        }
        tableRows.Add(cells);
    }

    private static bool IsHeaderRule(string cell) =>
        cell.Length > 0 && cell.Trim(':').Length > 0 && cell.Trim(':').All(c => c == '-');

    private string Require(MarkupLine line, string name, string argument)
    {
        if (argument.Length == 0)
            Report(line, 1, $"@{name} needs text after it.", $"Write @{name} followed by the text, or remove the line.");
        return argument;
    }

    private void NoArgument(MarkupLine line, string name, string argument)
    {
        if (argument.Length > 0)
            Report(line, name.Length + 3, $"@{name} takes no text, found '{argument}'.", $"Write @{name} alone on its line.");
    }

    private void Add(Block block) => blocks.Add(block);

    private void Report(MarkupLine line, int column, string message, string hint) =>
        diagnostics.Add(new Diagnostic(sourceName, line.Number, column, message, hint));

    private void FlushAll() => FlushExcept();

    private void FlushExcept(bool table = false, bool item = false)
    {
        FlushAddressees();
        FlushContact();
        if (!table) FlushTable();
        if (!item) CloseItem();
    }

    private void CloseItem() => openItem = null;

    private void FlushAddressees(string? honorific = null)
    {
        if (addressees is null) return;
        blocks.Add(new AddresseeGroup([.. addressees], honorific, new SourcePosition(addresseeLine)));
        addressees = null;
    }

    private void FlushContact()
    {
        if (contact is null) return;
        blocks.Add(new ContactBlock([.. contact], new SourcePosition(contactLine)));
        contact = null;
    }

    private void FlushTable()
    {
        if (tableRows is null) return;
        var columns = tableRows.Count > 0 ? tableRows[0].Length : 0;
        var widths = nextTableWidths;
        if (!widths.IsEmpty && widths.Length != columns)
        {
            diagnostics.Add(new Diagnostic(sourceName, tableLine, 1,
                $"@table gives {widths.Length} widths but the table has {columns} columns.", "Give one width per column."));
            widths = ImmutableArray<int>.Empty;
        }
        if (tableRows.Count > 0)
            blocks.Add(new Table([.. tableRows], widths, tableHasHeader, new SourcePosition(tableLine)));
        tableRows = null;
        nextTableWidths = ImmutableArray<int>.Empty;
    }

    private Document Build()
    {
        // depth of an outline item = position of its token's rank among the ranks this document uses
        var ranks = pendingItems.Select(p => p.Rank).Distinct().Order().ToList();
        var levels = ranks.Select((rank, index) => (rank, index)).ToDictionary(x => x.rank, x => x.index + 1);
        var finalBlocks = ImmutableArray.CreateBuilder<Block>(blocks.Count);
        var itemIndex = 0;
        foreach (var block in blocks)
        {
            if (block is OutlineItem item)
            {
                // the block list holds the latest version of the item (with continuations); ranks were recorded in order
                finalBlocks.Add(item with { Level = levels[pendingItems[itemIndex].Rank] });
                itemIndex++;
            }
            else
            {
                finalBlocks.Add(block);
            }
        }

        var built = finalBlocks.ToImmutable();
        var title = meta.GetValueOrDefault("title") ?? built.OfType<Title>().FirstOrDefault()?.Text ?? "";
        var author = meta.GetValueOrDefault("author") ?? built.OfType<Sender>().FirstOrDefault()?.Text ?? "";
        DateOnly? date = meta.TryGetValue("date", out var iso) && iso.Length > 0
            ? DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        var metadata = new DocumentMetadata(title, author, meta.GetValueOrDefault("subject") ?? "", date, meta.GetValueOrDefault("id") ?? "");
        return new Document(metadata, built);
    }
}

/// <summary>The result of parsing markup: the document (built even when there are problems) and the problems found.</summary>
public sealed record MarkupParseResult(Document Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when no problem was found.</summary>
    public bool Success => Diagnostics.Count == 0;
}
