using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Generator.Data;

namespace Generator.Core.Tests.Data;

public class XlsxRecipientReaderTests
{
    /// <summary>The XLSX reader is not in Core's default list; the front ends' list (CSV, TSV, XLSX, JSON, YAML) is passed.</summary>
    private static readonly RecipientLoadOptions Xlsx = RecipientLoadOptions.Default with { Readers = Generator.Batch.RecipientReaders.All };

    /// <summary>Writes a workbook: sheets of rows of (reference, cell) pairs; shared strings come from <paramref name="sharedStrings"/>.</summary>
    private static void WriteWorkbook(string path, IReadOnlyList<SharedStringItem> sharedStrings, params (string Name, Row[] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var table = workbook.AddNewPart<SharedStringTablePart>();
        table.SharedStringTable = new SharedStringTable(sharedStrings.Select(s => (SharedStringItem)s.CloneNode(true)));
        uint id = 1;
        foreach (var (name, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows));
            workbook.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
        }
    }

    private static Cell Shared(string reference, int index) => new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString()) };
    private static Cell Number(string reference, string value) => new() { CellReference = reference, CellValue = new CellValue(value) };
    private static Cell Inline(string reference, string text) => new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
    private static Row RowOf(uint index, params Cell[] cells) => new(cells) { RowIndex = index };

    private static readonly SharedStringItem[] Strings =
    [
        new(new Text("団体コード")),                                                   // 0
        new(new Text("宛名")),                                                         // 1
        new(new Text("郵便番号")),                                                     // 2
        new(new Text("メモ")),                                                         // 3
        // 4: rich text with a furigana run, which must not leak into the value
        new(new Run(new Text("札幌市長　")), new Run(new Text("秋元　克広")), new PhoneticRun(new Text("アキモト")) { BaseTextStartIndex = 5, EndingBaseIndex = 7 }),
        new(new Text("=1+1")),                                                         // 5
    ];

    [Fact]
    public void Reads_shared_inline_and_numeric_cells_by_reference()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "list.xlsx");
        WriteWorkbook(path, Strings, ("宛先一覧", [
            RowOf(1, Shared("A1", 0), Shared("B1", 1), Shared("C1", 2), Shared("D1", 3)),
            // 011002 typed into a number cell became 11002; B2 is skipped (no cell at all), C2 is a number too.
            RowOf(2, Number("A2", "11002"), Number("C2", "608611"), Shared("D2", 5)),
            RowOf(4, Inline("A4", "012025"), Shared("B4", 4), Inline("C4", "040-8666")),
            // 13101 written with an exponent; 013101 has a bad check digit, so it is 千代田区's 5-digit code.
            RowOf(5, Number("A5", "1.3101E4")),
        ]));
        var set = RecipientLoader.Load(path, Xlsx);
        Assert.Empty(set.Diagnostics);
        var (sapporo, hakodate, chiyoda) = (set.Recipients[0], set.Recipients[1], set.Recipients[2]);
        Assert.Equal(("011002", "札幌市", "", "060-8611", "=1+1"),
            (sapporo.Code, sapporo.Name, sapporo.Fields["addressee"], sapporo.Fields["postal_code"], sapporo.Fields["メモ"]));
        Assert.Equal(("012025", "札幌市長　秋元　克広", "040-8666", 4), (hakodate.Code, hakodate.Fields["addressee"], hakodate.Fields["postal_code"], hakodate.Source.Row));
        Assert.Equal("131016", chiyoda.Code);
    }

    [Fact]
    public void Four_digit_numbers_are_five_digit_codes_that_lost_their_zero()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "short.xlsx");
        WriteWorkbook(path, Strings, ("Sheet1", [RowOf(1, Shared("A1", 0)), RowOf(2, Number("A2", "1202"))]));
        Assert.Equal("012025", RecipientLoader.Load(path, Xlsx).Recipients.Single().Code);
    }

    [Fact]
    public void Reads_a_named_sheet_and_lists_sheets_when_the_name_is_wrong()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "two.xlsx");
        WriteWorkbook(path, Strings,
            ("表紙", [RowOf(1, Inline("A1", "送付先一覧"))]),
            ("送付先", [RowOf(1, Shared("A1", 0)), RowOf(2, Inline("A2", "131016"))]));
        var named = RecipientLoader.Load(path, Xlsx with { SheetName = "送付先" });
        Assert.Equal("千代田区", named.Recipients.Single().Name);
        var first = RecipientLoader.Load(path, Xlsx);
        Assert.Equal($"{path}(1): error: The header row has neither a code column nor a name column. — Name a column 'code' (コード, 団体コード) or 'name' (団体名); see docs/recipients.md.",
            first.Diagnostics.Single().ToString());
        var missing = RecipientLoader.Load(path, Xlsx with { SheetName = "宛先" });
        Assert.Equal($"{path}: error: Sheet '宛先' not found. The workbook has: '表紙', '送付先'. — Give the name of one of these sheets.",
            missing.Diagnostics.Single().ToString());
    }

    [Fact]
    public void Errors_name_the_excel_row_and_column_number()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "errors.xlsx");
        WriteWorkbook(path, Strings, ("Sheet1", [
            RowOf(1, Shared("A1", 0), Shared("C1", 2)),
            RowOf(3, Number("A3", "11003"), Inline("C3", "123-456")),
        ]));
        Assert.Equal(
            [
                $"{path}(3,1): error: Bad check digit in code '011003': the last digit should be 2 (011002).",
                $"{path}(3,3): error: Bad postal code '123-456'.",
            ],
            RecipientLoader.Load(path, Xlsx).Diagnostics.Select(d => d.ToString().Split(" — ")[0]));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_reported()
    {
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("fake.xlsx", "code\n011002\n");
        var diagnostic = RecipientLoader.Load(path, Xlsx).Diagnostics.Single();
        Assert.StartsWith($"{path}: error: The file cannot be read as an .xlsx workbook:", diagnostic.ToString());
    }
}
