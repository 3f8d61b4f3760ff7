using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>
/// Turns one record of a recipient file into a <see cref="Recipient"/>: looks its code up in the directory, lays the
/// file's non-empty values over the directory's (file wins), checks kind, postal code and e-mail, and requires name and
/// kind for a body outside the directory. Reports every problem of the record.
/// </summary>
internal sealed class RecipientMerger(string file, LocalGovernmentDirectory directory, List<Diagnostic> diagnostics)
{
    private const string CodeHint = "Write the 6-digit 全国地方公共団体コード (or its first 5 digits); if Excel dropped a leading zero, format the column as text (文字列).";

    /// <summary>The recipient of <paramref name="record"/>, or null when the record has a problem (reported).</summary>
    public Recipient? Merge(RawRecipientRecord record)
    {
        var before = diagnostics.Count;
        var entry = ResolveEntry(record, out var code);
        var fields = RecipientFields.Create(entry);
        if (entry is null && code is not null)
        {
            fields[RecipientFieldNames.Code] = code;
            fields[RecipientFieldNames.PrefectureCode] = LocalGovernmentCode.PrefecturePart(code);
            fields[RecipientFieldNames.Prefecture] = directory.Prefectures.FirstOrDefault(p => p.PrefectureCode == fields[RecipientFieldNames.PrefectureCode])?.Name ?? "";
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        LocalGovernmentKind? kind = entry?.Kind;
        foreach (var cell in record.Cells)
        {
            if (!seen.Add(cell.Field)) Report(cell.Line, cell.Column, $"Field '{cell.Field}' is given twice in this record.", "Keep one of them.");
            if (UnsafeCharacters.FindFirst(cell.Value, allowLineBreaks: true) is { } unsafeCharacter)
            {
                Report(cell.Line, cell.Column, $"The value of '{cell.Field}' contains {UnsafeCharacters.Name(unsafeCharacter.CodePoint)} (character {unsafeCharacter.Index + 1}), an invisible control, bidi-control or non-character.",
                    "Retype the value; in Excel, =CLEAN() removes control characters.");
                continue;
            }
            if (cell.Field == RecipientFieldNames.Code) continue;
            if (cell.Value.Length == 0)
            {
                fields.TryAdd(cell.Field, "");
                continue;
            }
            var value = cell.Value;
            if (cell.Field == RecipientFieldNames.Kind)
            {
                if (LocalGovernmentKindNames.TryParse(value, out var parsed)) (kind, value) = (parsed, parsed.ToFieldValue());
                else Report(cell.Line, cell.Column, $"Unknown kind '{value}'.",
                    "Use one of: prefecture, designated_city, city, special_ward, town, village, agency (or 都道府県, 指定都市, 市, 特別区, 町, 村, 地方独立行政法人).");
            }
            else if (cell.Field == RecipientFieldNames.PostalCode)
            {
                if (RecipientValidator.TryNormalizePostalCode(value, cell.IsNumber, out var postal)) value = postal;
                else Report(cell.Line, cell.Column, $"Bad postal code '{value}'.", "Write NNN-NNNN or seven digits, e.g. 060-8611.");
            }
            else if (cell.Field == RecipientFieldNames.Email && RecipientValidator.FindBadEmail(value) is { } bad)
                Report(cell.Line, cell.Column, $"Bad e-mail address '{bad.Address}'.", bad.Hint);
            fields[cell.Field] = value;
        }
        if (entry is null && code is null) RefuseOutOfService(record, fields);
        if (entry is null) RequireNameAndKind(record, code, fields, kind);
        if (diagnostics.Count > before || kind is null) return null;
        if (fields[RecipientFieldNames.HeadTitle].Length == 0) fields[RecipientFieldNames.HeadTitle] = kind.Value.DefaultHeadTitle();
        return RecipientFields.ToRecipient(fields, kind.Value, new RecipientSource(file, record.Row));
    }

    private LocalGovernment? ResolveEntry(RawRecipientRecord record, out string? code)
    {
        code = null;
        if (record.Find(RecipientFieldNames.Code) is not { Value.Length: > 0 } cell) return null;
        if (!RecipientCodeResolver.TryResolve(cell, directory, out var resolved, out var error))
        {
            Report(cell.Line, cell.Column, error, CodeHint);
            return null;
        }
        code = resolved;
        if (!directory.TryGet(resolved, out var entry))
        {
            // a code of a body that did not exist on the notice's date (or no longer did) is an error, not an outside body
            if (!directory.TryExplainAbsent(resolved, out var message, out var hint)) return null;
            Report(cell.Line, cell.Column, message, hint);
            code = null;
            return null;
        }
        if (entry.InService) return entry;
        Report(cell.Line, cell.Column, $"Code {resolved} ({entry.Name}) is not in service: it has a code but no functioning office (北方領土).",
            "Remove this row.");
        code = null;
        return null;
    }

    /// <summary>
    /// A body given by name without a code that is one of the directory's bodies not in service (北方領土の6村) is refused
    /// as its code would be — unless a body in service has the same name (泊村), which is then the one meant.
    /// </summary>
    private void RefuseOutOfService(RawRecipientRecord record, OrderedDictionary<string, string> fields)
    {
        var name = fields[RecipientFieldNames.Name].Trim();
        if (name.Length == 0) return;
        var prefecture = fields[RecipientFieldNames.Prefecture].Trim();
        var named = directory.All.Where(g => g.Name == name || g.Prefecture + g.Name == name)
            .Where(g => prefecture.Length == 0 || g.Prefecture == prefecture).ToList();
        if (named.Count == 0 || named.Any(g => g.InService)) return;
        var (line, column) = record.Locate(RecipientFieldNames.Name);
        Report(line, column, $"'{name}' ({named[0].Code}) is not in service: it has a code but no functioning office (北方領土).", "Remove this row.");
    }

    private void RequireNameAndKind(RawRecipientRecord record, string? code, OrderedDictionary<string, string> fields, LocalGovernmentKind? kind)
    {
        var missing = new List<string>();
        if (fields[RecipientFieldNames.Name].Length == 0) missing.Add(RecipientFieldNames.Name);
        if (kind is null && record.Value(RecipientFieldNames.Kind) is null) missing.Add(RecipientFieldNames.Kind);
        if (missing.Count == 0) return;
        var codeCell = record.Find(RecipientFieldNames.Code);
        if (code is not null && codeCell is not null)
        {
            var shown = codeCell.Value == code ? $"'{code}'" : $"'{codeCell.Value}' (read as {code})";
            Report(codeCell.Line, codeCell.Column, $"Unknown code {shown}: it is not in the built-in directory of local governments.",
                $"Check the code. A body outside the directory (e.g. 地方独立行政法人) needs {string.Join(" and ", missing)}.");
            return;
        }
        if (codeCell is { Value.Length: > 0 }) return; // malformed code already reported
        var (line, column) = record.Locate(missing[0]);
        Report(line, column, $"A recipient without a code needs {string.Join(" and ", missing)}.",
            "Give the code of a local government, or the name and kind (e.g. agency / 地方独立行政法人) of another body.");
    }

    private void Report(int line, int column, string message, string hint) => diagnostics.Add(new Diagnostic(file, line, column, message, hint));
}
