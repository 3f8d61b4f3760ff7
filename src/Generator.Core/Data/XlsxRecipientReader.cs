using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>
/// Reads the first (or a named) sheet of an .xlsx recipient file: shared strings (without furigana runs), inline strings,
/// numbers (marked numeric, so codes that lost a leading zero can be repaired) and booleans; formulas give their cached value.
/// Columns are placed by cell reference, so skipped empty cells do not shift values.
/// </summary>
internal static class XlsxRecipientReader
{
    /// <summary>Reads the records of an .xlsx file; problems go to <paramref name="diagnostics"/>.</summary>
    public static List<RawRecipientRecord> Read(string file, Stream stream, string? sheetName, List<Diagnostic> diagnostics)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook.");
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheetName is null ? sheets.FirstOrDefault()
                : sheets.FirstOrDefault(s => s.Name?.Value == sheetName)
                  ?? sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), sheetName.Trim(), StringComparison.OrdinalIgnoreCase));
            if (sheet?.Id?.Value is not { } id)
            {
                var names = string.Join(", ", sheets.Select(s => $"'{s.Name?.Value}'"));
                diagnostics.Add(new Diagnostic(file, 0, 0,
                    sheetName is null ? "The workbook has no sheets." : $"Sheet '{sheetName}' not found. The workbook has: {names}.",
                    "Give the name of one of these sheets."));
                return [];
            }
            if (workbook.GetPartById(id) is not WorksheetPart part)
            {
                diagnostics.Add(new Diagnostic(file, 0, 0, $"Sheet '{sheet.Name?.Value}' is not a worksheet (a chart sheet?).",
                    "Put the recipients on the first worksheet, or name their sheet."));
                return [];
            }
            var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().ToList() ?? [];
            return TabularRecordBuilder.Build(file, ReadRows(part, sharedStrings), diagnostics);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            diagnostics.Add(new Diagnostic(file, 0, 0, $"The file cannot be read as an .xlsx workbook: {ex.Message}",
                "Save it from Excel as 「Excel ブック (*.xlsx)」 (.xls is not supported)."));
            return [];
        }
    }

    private static IEnumerable<TabularRow> ReadRows(WorksheetPart part, List<SharedStringItem> sharedStrings)
    {
        var sheetData = part.Worksheet?.GetFirstChild<SheetData>();
        if (sheetData is null) yield break;
        var rowNumber = 0;
        foreach (var row in sheetData.Elements<Row>())
        {
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            var cells = new List<TabularCell>();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = XlsxCellReference.ColumnNumber(cell.CellReference?.Value) ?? column + 1;
                var (value, isNumber) = CellText(cell, sharedStrings);
                cells.Add(new TabularCell(column, value, isNumber));
            }
            yield return new TabularRow(rowNumber, cells);
        }
    }

    private static (string Value, bool IsNumber) CellText(Cell cell, List<SharedStringItem> sharedStrings)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count
                ? PlainText(sharedStrings[i]) : "", false);
        if (type == CellValues.InlineString) return (cell.InlineString is { } inline ? PlainText(inline) : raw, false);
        if (type == CellValues.Boolean) return (raw == "1" ? "TRUE" : "FALSE", false);
        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date) return (raw, false);
        return (NumberText(raw), raw.Length > 0);
    }

    /// <summary>Text of a string item: its own text or its runs, leaving out phonetic (furigana) runs.</summary>
    private static string PlainText(OpenXmlElement item) => string.Concat(item.ChildElements.Select(child => child switch
    {
        Text text => text.Text,
        Run run => run.Text?.Text ?? "",
        _ => "",
    }));

    /// <summary>Writes an integral number without exponent or ".0" (1.1002E4 → 11002); other numbers stay as stored.</summary>
    private static string NumberText(string raw) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && Math.Abs(number) < 1e15 && number == Math.Floor(number)
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : raw;
}
