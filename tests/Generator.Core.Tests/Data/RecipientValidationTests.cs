using Generator.Data;

namespace Generator.Core.Tests.Data;

public class RecipientValidationTests
{
    private static IEnumerable<string> Messages(RecipientSet set, string path) =>
        set.Diagnostics.Select(d => d.ToString().Replace(path, Path.GetFileName(path)));

    [Fact]
    public void Collects_every_problem_with_row_and_column_golden()
    {
        var path = TestFiles.Get("errors.csv");
        var set = RecipientLoader.Load(path, RecipientLoadOptions.Default);
        var expected = File.ReadAllLines(TestFiles.Get("errors.expected.txt"));
        Assert.Equal(expected, Messages(set, path));
        Assert.Equal([("011002", 9)], set.Recipients.Select(r => (r.Code, r.Source.Row)));
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("empty.csv", "");
        Assert.Equal(["empty.csv: error: The file is empty: no header row and no recipients. — Put a header row (e.g. code,name,department) and one row per recipient."],
            Messages(RecipientLoader.Load(path, RecipientLoadOptions.Default), path));
        var blank = folder.WriteUtf8("blank.csv", "\n,,\n");
        Assert.Single(RecipientLoader.Load(blank, RecipientLoadOptions.Default).Diagnostics, d => d.Message.StartsWith("The file is empty"));
    }

    [Fact]
    public void Header_only_and_header_without_code_or_name_are_reported()
    {
        using var folder = new TempFolder();
        var headerOnly = folder.WriteUtf8("header.csv", "code,name\n");
        Assert.Equal(["header.csv(1): error: The file has a header row but no recipients. — Add one row per recipient."],
            Messages(RecipientLoader.Load(headerOnly, RecipientLoadOptions.Default), headerOnly));
        var noKey = folder.WriteUtf8("nokey.csv", "\n部署,宛名\n総務課,市長\n");
        Assert.Equal(["nokey.csv(2): error: The header row has neither a code column nor a name column. — Name a column 'code' (コード, 団体コード) or 'name' (団体名); see docs/recipients.md."],
            Messages(RecipientLoader.Load(noKey, RecipientLoadOptions.Default), noKey));
    }

    [Fact]
    public void Repeated_columns_and_values_without_header_are_reported()
    {
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("cols.csv", "code,コード,name\n011002,011002,x,stray\n");
        Assert.Equal(
            [
                "cols.csv(1,2): error: Column 'コード' repeats column 1 ('code'), both mean 'code'. — Delete or rename one of the two columns.",
                "cols.csv(2,4): error: The value 'stray' stands in a column without a header. — Give the column a header, or delete the value.",
            ],
            Messages(RecipientLoader.Load(path, RecipientLoadOptions.Default), path));
    }

    [Fact]
    public void Duplicate_code_less_bodies_name_both_rows()
    {
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("dup.csv", "name,kind\n大阪府立病院機構,agency\n大阪府立病院機構,地方独立行政法人\n");
        Assert.Equal(["dup.csv(3,1): error: Duplicate recipient: 大阪府立病院機構 (agency) is on rows 2 and 3. — Delete one of the two; each body receives one document."],
            Messages(RecipientLoader.Load(path, RecipientLoadOptions.Default), path));
    }

    [Fact]
    public void Missing_file_and_unsupported_types_are_reported()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "none.csv");
        Assert.StartsWith("none.csv: error: Recipient file not found.", Messages(RecipientLoader.Load(missing, RecipientLoadOptions.Default), missing).Single());
        var xls = folder.WriteUtf8("old.xls", "x");
        Assert.StartsWith("old.xls: error: The old .xls format is not supported.", Messages(RecipientLoader.Load(xls, RecipientLoadOptions.Default), xls).Single());
        var doc = folder.WriteUtf8("list.docx", "x");
        Assert.StartsWith("list.docx: error: Unsupported recipient file type '.docx'.", Messages(RecipientLoader.Load(doc, RecipientLoadOptions.Default), doc).Single());
    }

    [Fact]
    public void A_workbook_without_the_xlsx_reader_registered_says_so()
    {
        // Core's own list has no XLSX reader (it lives in Generator.Data.Xlsx); the front ends add it
        using var folder = new TempFolder();
        var workbook = folder.WriteUtf8("宛先.xlsx", "x");
        Assert.DoesNotContain(".xlsx", RecipientFileReaders.Default.SelectMany(r => r.Extensions));
        Assert.Equal(["宛先.xlsx: error: This program was built without the XLSX reader, so it cannot read an Excel workbook. — "
            + "Save the sheet as CSV (CSV UTF-8) and give that file, or use .csv, .txt, .tsv, .json, .yaml or .yml."],
            Messages(RecipientLoader.Load(workbook, RecipientLoadOptions.Default), workbook));
        Assert.Contains(".xlsx", Generator.Batch.RecipientReaders.All.SelectMany(r => r.Extensions));
    }

    [Fact]
    public void Badly_quoted_csv_is_reported_with_its_row()
    {
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("quote.csv", "code,name\n011002,\"札幌\"市\n");
        var diagnostic = RecipientLoader.Load(path, RecipientLoadOptions.Default).Diagnostics.Single();
        Assert.Equal((2, "Badly quoted CSV field (TextAfterClosingQuote): 011002,\"札幌\"市"), (diagnostic.Line, diagnostic.Message));
    }

    [Theory]
    [InlineData("060-8611", false, "060-8611")]
    [InlineData("0608611", false, "060-8611")]
    [InlineData("〒０６０－８６１１", false, "060-8611")]
    [InlineData("060ー8611", false, "060-8611")]
    [InlineData("608611", true, "060-8611")]
    public void Postal_codes_are_normalised(string input, bool isNumber, string expected)
    {
        Assert.True(RecipientValidator.TryNormalizePostalCode(input, isNumber, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("608611")]
    [InlineData("060-861")]
    [InlineData("06-08611")]
    [InlineData("060 8611x")]
    public void Bad_postal_codes_are_rejected(string input) => Assert.False(RecipientValidator.TryNormalizePostalCode(input, false, out _));

    [Theory]
    [InlineData("soumu@city.sapporo.jp", null)]
    [InlineData("a@x.lg.jp; b@y.lg.jp", null)]
    [InlineData("soumu@city", "soumu@city")]
    [InlineData("a@x.jp, b@@y.jp", "b@@y.jp")]
    [InlineData("so umu@x.jp", "so umu@x.jp")]
    [InlineData("ｓｏｕｍｕ@x.jp", "ｓｏｕｍｕ@x.jp")]
    [InlineData("a..b@x.jp", "a..b@x.jp")]
    public void Email_syntax_is_checked(string input, string? bad) => Assert.Equal(bad, RecipientValidator.FindBadEmail(input)?.Address);
}
