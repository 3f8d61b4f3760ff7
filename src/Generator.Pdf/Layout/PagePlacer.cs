using System.Collections.Immutable;
using Generator.Layout;
using Generator.Model;

namespace Generator.Pdf.Layout;

/// <summary>Places measured blocks on pages: splits between rows where allowed, keeps titles and headings with what
/// follows, never leaves the contact box alone on a page, repeats table headers, and adds the page-number footer and the
/// first page's header (letterhead).</summary>
internal sealed class PagePlacer(PageLayoutOptions layout, Func<int, int, LaidOutLine>? footer, LaidOutRow? firstPageHeader = null)
{
    private const double Epsilon = 1e-6;

    /// <summary>Paginates <paramref name="blocks"/> (in document order).</summary>
    public DocumentLayout Place(IReadOnlyList<MeasuredBlock> blocks)
    {
        var capacity = layout.LinePitchPt * layout.LinesPerPage;
        var top = PageLayoutOptions.MmToPt(layout.MarginTopMm);
        var pages = new List<List<PlacedRow>>();
        var current = new List<PlacedRow>();
        var used = 0.0;
        var startedByOverflow = false;

        void NewPage(bool overflow)
        {
            pages.Add(current);
            current = [];
            used = 0;
            startedByOverflow = overflow;
        }

        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.StartsNewPage)
            {
                if (current.Count > 0 || pages.Count > 0) NewPage(overflow: false);
                continue;
            }
            if (block.IsBlank && used == 0 && startedByOverflow) continue; // no author blank line at the top of a continued page

            // the shared spacing table (as the DOCX styles space paragraphs); none at the top of a page
            var gap = BlockSpacing.LinesBetween(b > 0 ? blocks[b - 1].Source : null, block.Source) * layout.LinePitchPt;
            var needed = block.KeepWithNext ? block.Height + HeightOfNextStart(blocks, b + 1) : block.KeepTogether ? block.Height : 0;
            if (block.RepeatedHeader is not null && block.Rows.Length > 1) needed = Math.Max(needed, block.Rows[0].Height + block.Rows[1].Height);
            if (block.HeadingFirstRow && !block.Rows.IsEmpty)
                needed = Math.Max(needed, block.Rows[0].Height + (block.Rows.Length > 1 ? block.Rows[1].Height : HeightOfNextStart(blocks, b + 1)));

            if (block.KeepWithPrevious && used > 0 && used + gap + needed > capacity + Epsilon && needed <= capacity + Epsilon)
            {
                // the contact box takes the last row of the text before it along rather than stand alone on a page
                var (carried, from) = CarriedRow(current, blocks, b);
                current.RemoveRange(from, current.Count - from);
                NewPage(overflow: true);
                if (carried is not null)
                {
                    current.Add(carried with { Top = top });
                    used = carried.Row.Height + gap;
                }
            }
            else
            {
                if (used > 0 && gap > 0)
                {
                    if (used + gap >= capacity - Epsilon) NewPage(overflow: true);
                    else used += gap;
                }
                if (needed > 0 && used > 0 && used + needed > capacity + Epsilon && needed <= capacity + Epsilon) NewPage(overflow: true);
            }

            for (var r = 0; r < block.Rows.Length; r++)
            {
                var row = block.Rows[r];
                if (used > 0 && used + row.Height > capacity + Epsilon)
                {
                    NewPage(overflow: true);
                    if (block.RepeatedHeader is { } header && r > 0)
                    {
                        current.Add(new PlacedRow(header, top + used, block.Source));
                        used += header.Height;
                    }
                }
                current.Add(new PlacedRow(row, top + used, block.Source));
                used += row.Height;
            }
        }
        if (current.Count > 0 || pages.Count == 0) pages.Add(current);

        var footerBaseline = PageLayoutOptions.MmToPt(layout.PageHeightMm - layout.FooterDistanceMm);
        var laidOut = pages.Select((rows, i) => new LaidOutPage(i + 1, [.. rows], footer?.Invoke(i + 1, pages.Count), footerBaseline) { Header = i == 0 ? firstPageHeader : null });
        return new DocumentLayout([.. laidOut], layout);
    }

    /// <summary>The row at the end of <paramref name="page"/> that goes to the next page with block <paramref name="index"/>
    /// (the last row of the nearest printing block before it), and where the page's tail to move starts; none when that
    /// block is kept together over several rows, is a table, would leave its heading alone, or fills the whole page.
    /// Author blank lines after the row are dropped.</summary>
    private static (PlacedRow? Row, int From) CarriedRow(List<PlacedRow> page, IReadOnlyList<MeasuredBlock> blocks, int index)
    {
        var previous = index - 1;
        while (previous >= 0 && blocks[previous].IsBlank) previous--;
        if (previous < 0) return (null, page.Count);
        var source = blocks[previous];
        if (source.StartsNewPage || source.Rows.IsEmpty || source.RepeatedHeader is not null
            || (source.KeepTogether && source.Rows.Length > 1) || (source.HeadingFirstRow && source.Rows.Length <= 2)) return (null, page.Count);
        var last = page.FindLastIndex(r => ReferenceEquals(r.Source, source.Source));
        if (last <= 0 || page.Skip(last + 1).Any(r => r.Source is not BlankLine)) return (null, page.Count);
        return (page[last], last);
    }

    /// <summary>Height from block <paramref name="index"/> up to and including the first row of the next non-blank block.</summary>
    private static double HeightOfNextStart(IReadOnlyList<MeasuredBlock> blocks, int index)
    {
        var height = 0.0;
        for (var i = index; i < blocks.Count && !blocks[i].StartsNewPage; i++)
        {
            if (blocks[i].IsBlank) { height += blocks[i].Height; continue; }
            return height + (blocks[i].Rows.IsEmpty ? 0 : blocks[i].Rows[0].Height);
        }
        return 0;
    }
}
