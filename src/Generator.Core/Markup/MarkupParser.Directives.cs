using Generator.Model;

namespace Generator.Markup;

/// <summary>The one-line directives (<c>@number</c>, <c>@title</c>, <c>@from</c>, <c>@seal</c> …) and their arguments.</summary>
public sealed partial class MarkupParser
{
    private static readonly string[] KnownDirectives =
        ["number", "label", "date", "to", "honorific", "from", "seal", "title", "attachment", "contact",
         "center", "right", "left", "blank", "pagebreak", "table", "meta"];

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
                AddAddressee(line, Require(line, name, argument));
                break;
            case "honorific": ParseHonorific(line, name, argument); break;
            case "seal": ParseSeal(line, argument, nameEnd); break;
            case "contact": AddContactLine(line, argument); break;
            case "table": ParseTableDirective(line, argument, nameEnd); break;
            case "meta": ParseMeta(line, argument, nameEnd); break;
            default:
                Report(line, 1, $"Unknown directive '@{name}'.",
                    $"Known directives: {string.Join(", ", KnownDirectives.Select(d => "@" + d))}. To print a literal @ write \\@.");
                break;
        }
    }

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
}
