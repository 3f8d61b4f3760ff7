using System.Collections.Immutable;
using Generator.Layout;

namespace Generator.Pdf.Layout;

/// <summary>Places measured blocks on pages: splits between rows where allowed, keeps titles with what follows,
/// repeats table headers, and adds the page-number footer.</summary>
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
            if (used > 0 && gap > 0)
            {
                if (used + gap >= capacity - Epsilon) NewPage(overflow: true);
                else used += gap;
            }

            var needed = block.KeepWithNext ? block.Height + HeightOfNextStart(blocks, b + 1) : block.KeepTogether ? block.Height : 0;
            if (block.RepeatedHeader is not null && block.Rows.Length > 1) needed = Math.Max(needed, block.Rows[0].Height + block.Rows[1].Height);
            if (needed > 0 && used > 0 && used + needed > capacity + Epsilon && needed <= capacity + Epsilon) NewPage(overflow: true);

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
