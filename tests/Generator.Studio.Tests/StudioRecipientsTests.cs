using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Generator.Studio.Recipients;
using Generator.Studio.Tests.Support;
using Generator.Studio.Workspace;

namespace Generator.Studio.Tests;

/// <summary>The studio reads the same recipient formats as the CLI (<c>Generator.Batch.RecipientReaders.All</c>), XLSX included,
/// though the XLSX reader is not in Core's own list.</summary>
public sealed class StudioRecipientsTests
{
    [Fact]
    public void An_uploaded_xlsx_workbook_is_read()
    {
        var recipients = new StudioRecipients(new StudioWorkspace(Repo.TempDir()), 1024 * 1024);
        using var workbook = Workbook(("A1", "コード"), ("A2", "011002"));
        var upload = recipients.Store("宛先.xlsx", workbook);
        var set = recipients.Load("upload:" + upload.Id);
        Assert.Empty(set.Diagnostics);
        Assert.Equal("011002", Assert.Single(set.Recipients).Code);
    }

    /// <summary>One sheet of inline-string cells (reference, text), each in its own row.</summary>
    private static MemoryStream Workbook(params (string Reference, string Text)[] cells)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(cells.Select(c => new Row(new Cell
            {
                CellReference = c.Reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(c.Text)),
            }))));
            workbook.Workbook.Sheets!.Append(new Sheet { Name = "宛先", SheetId = 1, Id = workbook.GetIdOfPart(part) });
        }
        stream.Position = 0;
        return stream;
    }
}
