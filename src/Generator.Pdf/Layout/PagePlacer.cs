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

            var gap = Gap(blocks, b);
            var needed = Start(blocks, b, capacity);

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

    /// <summary>Space above block <paramref name="index"/> from the shared spacing table (as the DOCX styles space
    /// paragraphs); the placement leaves it out at the top of a page.</summary>
    private double Gap(IReadOnlyList<MeasuredBlock> blocks, int index) =>
        BlockSpacing.LinesBetween(index > 0 ? blocks[index - 1].Source : null, blocks[index].Source) * layout.LinePitchPt;

    /// <summary>The height block <paramref name="index"/> needs on the page it starts on: its first row; all of it when it
    /// is kept together; a table's header and first body row; a heading and the row after it; a title and the start of
    /// what follows. The placement asks this of every block, and a block kept with the next asks it of that next block
    /// (<see cref="NextStart"/>), so both count the same rows and the same space between blocks.</summary>
    /// <param name="blocks">The document's blocks.</param>
    /// <param name="index">The block asked about.</param>
    /// <param name="capacity">A page's height: the look-ahead stops once it needs more (it could not be kept anyway).</param>
    private double Start(IReadOnlyList<MeasuredBlock> blocks, int index, double capacity)
    {
        var block = blocks[index];
        if (block.Rows.IsEmpty) return 0;
        var needed = block.KeepTogether ? block.Height : block.Rows[0].Height;
        if (block.KeepWithNext) needed = block.Height + NextStart(blocks, index + 1, capacity - block.Height);
        if (block.RepeatedHeader is not null && block.Rows.Length > 1) needed = Math.Max(needed, block.Rows[0].Height + block.Rows[1].Height);
        if (block.HeadingFirstRow)
            needed = Math.Max(needed, block.Rows[0].Height + (block.Rows.Length > 1 ? block.Rows[1].Height : NextStart(blocks, index + 1, capacity - block.Rows[0].Height)));
        return needed;
    }

    /// <summary>Height from the end of block <paramref name="index"/> − 1 up to the start (<see cref="Start"/>) of the next
    /// printing block: the space above each block on the way (a table's line above it too) and author blank lines; 0 at
    /// a page break or the end.</summary>
    private double NextStart(IReadOnlyList<MeasuredBlock> blocks, int index, double capacity)
    {
        var height = 0.0;
        for (var i = index; i < blocks.Count && !blocks[i].StartsNewPage; i++)
        {
            if (height > capacity + Epsilon) return height;
            height += Gap(blocks, i);
            if (blocks[i].IsBlank) { height += blocks[i].Height; continue; }
            return height + Start(blocks, i, capacity - height);
        }
        return 0;
    }
}
