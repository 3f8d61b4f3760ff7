namespace Generator.Pdf.Layout;

/// <summary>Reads a laid-out page as text lines: rows top to bottom, lines on one baseline joined by a space.</summary>
internal static class TextLineJoiner
{
    /// <summary>The page's lines in reading order: the letterhead first, the footer last.</summary>
    public static IEnumerable<string> Join(LaidOutPage page)
    {
        if (page.Header is { } header)
            foreach (var line in header.Lines.Where(l => l.Text.Length > 0)) yield return line.Text;
        foreach (var row in page.Rows)
        {
            foreach (var group in row.Row.Lines.GroupBy(l => Math.Round(l.Baseline, 3)).OrderBy(g => g.Key))
            {
                var text = string.Join(" ", group.OrderBy(l => l.Left).Select(l => l.Text).Where(t => t.Length > 0));
                if (text.Length > 0) yield return text;
            }
        }
        if (page.Footer is { } footer) yield return footer.Text;
    }
}
