using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Generator.Cli.Tests.Support;

/// <summary>Writes small .xlsx recipient workbooks with DocumentFormat.OpenXml (inline strings), so no binary fixture is committed.</summary>
internal static class XlsxFile
{
    /// <summary>One sheet: its name, whether it is hidden, its rows, and merged ranges such as "B2:B3".</summary>
    public sealed record SheetSpec(string Name, Row[] Rows, bool Hidden = false, params string[] Merged);

    public static string Write(string folder, string name, params SheetSpec[] sheets)
    {
        var path = Path.Combine(folder, name);
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(sheet.Rows));
            if (sheet.Merged.Length > 0)
                part.Worksheet.Append(new MergeCells(sheet.Merged.Select(r => new MergeCell { Reference = r })));
            workbook.Workbook.Sheets!.Append(new Sheet
            {
                Name = sheet.Name, SheetId = id++, Id = workbook.GetIdOfPart(part),
                State = sheet.Hidden ? SheetStateValues.Hidden : null,
            });
        }
        return path;
    }

    /// <summary>A row of inline-string cells from column A; null leaves the cell out.</summary>
    public static Row Row(uint index, params string?[] values) =>
        new(values.Select((v, i) => v is null ? null : Text(Reference(i + 1, index), v)).OfType<Cell>()) { RowIndex = index };

    public static Cell Text(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

    /// <summary>A cell holding an error value such as #N/A (cell type e), as Excel saves a failed formula.</summary>
    public static Cell Error(string reference, string error) =>
        new() { CellReference = reference, DataType = CellValues.Error, CellFormula = new CellFormula("1/0"), CellValue = new CellValue(error) };

    /// <summary>A formula cell without a cached value, as written by tools that do not calculate.</summary>
    public static Cell Formula(string reference, string formula) => new() { CellReference = reference, CellFormula = new CellFormula(formula) };

    public static string Reference(int column, uint row) => $"{(char)('A' + column - 1)}{row}";
}
