using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>
/// Reads the first visible (or a named) sheet of an .xlsx recipient file: shared strings (without furigana runs), inline
/// strings, numbers (marked numeric, so codes that lost a leading zero can be repaired) and booleans; formulas give their
/// cached value. Columns are placed by cell reference, so skipped empty cells do not shift values. Refused where read as
/// data: error values (#N/A), formulas without a saved value, merged ranges (the rows below the first would be empty).
/// The package is checked against <see cref="XlsxPackageLimits"/> before it is opened.
/// </summary>
public sealed class XlsxRecipientReader : IRecipientFileReader
{
    /// <summary>The reader registered in <c>Generator.Batch.RecipientReaders.All</c> (the list both front ends read).</summary>
    public static XlsxRecipientReader Instance { get; } = new();

    private XlsxRecipientReader()
    {
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".xlsx", ".xlsm"];

    /// <inheritdoc/>
    public string DisplayName => "XLSX";

    /// <inheritdoc/>
    public bool IsTabular => true;

    /// <inheritdoc/>
    public bool HasSheets => true;

    /// <inheritdoc/>
    public IReadOnlyList<RawRecipientRecord> Read(string path, string? sheetName, List<Diagnostic> diagnostics, List<string> notes) =>
        Read(path, sheetName, null, diagnostics, notes);

    /// <inheritdoc/>
    public IReadOnlyList<RawRecipientRecord> Read(string path, string? sheetName, int? headerRow, List<Diagnostic> diagnostics, List<string> notes)
    {
        using var stream = File.OpenRead(path);
        return Read(path, stream, sheetName, new TabularHeader(headerRow, notes), diagnostics, notes);
    }

    /// <summary>
    /// Reads the records of an .xlsx file; problems go to <paramref name="diagnostics"/>, and a line naming the sheet read
    /// (when the workbook has several and none was named) to <paramref name="notes"/>.
    /// </summary>
    private static List<RawRecipientRecord> Read(string file, Stream stream, string? sheetName, TabularHeader header, List<Diagnostic> diagnostics, List<string> notes)
    {
        try
        {
            if (XlsxPackageLimits.Check(stream) is { } tooLarge)
            {
                diagnostics.Add(new Diagnostic(file, 0, 0, tooLarge, "Open the workbook in Excel and save it again; put only the recipient list in it."));
                return [];
            }
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook.");
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheetName is null ? sheets.FirstOrDefault(IsVisible)
                : sheets.FirstOrDefault(s => s.Name?.Value == sheetName)
                  ?? sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), sheetName.Trim(), StringComparison.OrdinalIgnoreCase));
            if (sheet?.Id?.Value is not { } id)
            {
                var names = string.Join(", ", sheets.Select(s => $"'{s.Name?.Value}'"));
                diagnostics.Add(new Diagnostic(file, 0, 0,
                    sheetName is null ? (sheets.Count == 0 ? "The workbook has no sheets." : $"The workbook has no visible sheet (hidden: {names}).")
                        : $"Sheet '{sheetName}' not found. The workbook has: {names}.",
                    "Give the name of one of these sheets."));
                return [];
            }
            if (workbook.GetPartById(id) is not WorksheetPart part)
            {
                diagnostics.Add(new Diagnostic(file, 0, 0, $"Sheet '{sheet.Name?.Value}' is not a worksheet (a chart sheet?).",
                    "Put the recipients on the first worksheet, or name their sheet."));
                return [];
            }
            if (sheetName is null && sheets.Count > 1)
            {
                var hidden = sheets.TakeWhile(s => s != sheet).Select(s => $"'{s.Name?.Value}'").ToList();
                notes.Add($"{file}: note: read sheet '{sheet.Name?.Value}', the first visible one of {sheets.Count}"
                    + (hidden.Count > 0 ? $" (hidden sheet {string.Join(", ", hidden)} skipped)" : "") + "; choose another with --sheet.");
            }
            var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().ToList() ?? [];
            return TabularRecordBuilder.Build(file, ReadRows(part, sheet.Name?.Value ?? "", sharedStrings), header, diagnostics);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            diagnostics.Add(new Diagnostic(file, 0, 0, $"The file cannot be read as an .xlsx workbook: {ex.Message}",
                "Save it from Excel as 「Excel ブック (*.xlsx)」 (.xls is not supported)."));
            return [];
        }
    }

    private static bool IsVisible(Sheet sheet) => sheet.State is null || sheet.State.Value == SheetStateValues.Visible;

    private static IEnumerable<TabularRow> ReadRows(WorksheetPart part, string sheetName, List<SharedStringItem> sharedStrings)
    {
        var sheetData = part.Worksheet?.GetFirstChild<SheetData>();
        if (sheetData is null) yield break;
        var merged = MergedRanges(part);
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
                cells.Add(new TabularCell(column, value, isNumber, Problem(cell, sheetName, rowNumber, column, merged)));
            }
            yield return new TabularRow(rowNumber, cells);
        }
    }

    /// <summary>Merged ranges by their top-left cell (row, column): the range text and its last column.</summary>
    private static Dictionary<(int Row, int Column), (string Range, int LastColumn)> MergedRanges(WorksheetPart part)
    {
        var result = new Dictionary<(int, int), (string, int)>();
        foreach (var merge in part.Worksheet?.Descendants<MergeCell>() ?? [])
        {
            var range = merge.Reference?.Value ?? "";
            var corners = range.Split(':');
            if (corners.Length != 2 || XlsxCellReference.Parse(corners[0]) is not { } first || XlsxCellReference.Parse(corners[1]) is not { } last) continue;
            result.TryAdd(first, (range, last.Column));
        }
        return result;
    }

    private static TabularCellProblem? Problem(Cell cell, string sheetName, int row, int column,
        Dictionary<(int Row, int Column), (string Range, int LastColumn)> merged)
    {
        var place = $"cell {XlsxCellReference.Format(row, column)} of sheet '{sheetName}'";
        if (cell.DataType?.Value == CellValues.Error)
            return new($"The {place} holds the error value {cell.CellValue?.Text ?? "#VALUE!"}.",
                "Correct the formula or type the value; an error value is never read as data.");
        if (cell.CellFormula is not null && cell.CellValue is null)
            return new($"The {place} holds a formula whose value was never saved (=" + cell.CellFormula.Text + ").",
                "Open the workbook in Excel and save it, or replace the formula by its value (値の貼り付け).");
        if (merged.TryGetValue((row, column), out var range))
            return new($"Cells {range.Range} of sheet '{sheetName}' are merged; the cells below or beside the first would be read as empty.",
                "Unmerge them (セルの結合を解除) and type the value in every row.", range.LastColumn);
        return null;
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
