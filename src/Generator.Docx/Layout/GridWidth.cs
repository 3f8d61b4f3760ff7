using System.Text;
using Generator.Layout;

namespace Generator.Docx.Layout;

/// <summary>
/// How many grid cells a line takes at most when laid out on the character grid, for sizing table cells.
/// </summary>
/// <remarks>
/// Full-width characters take one cell each. A run of half-width characters takes half a cell per character in
/// Word, but a proportional digit is wider than half a cell (0.6 em in IPAex明朝) and LibreOffice adds its automatic
/// space between Japanese and half-width text on either side of the run (it ignores the DOCX's autoSpaceDE/DN off):
/// count such a run as ⌈n/2⌉ + 1 cells so the line never wraps in either program.
/// </remarks>
internal static class GridWidth
{
    public static double Of(string text)
    {
        double cells = 0;
        var narrowRun = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (CharacterWidth.IsWide(rune))
            {
                cells += Narrow(narrowRun) + 1;
                narrowRun = 0;
            }
            else
            {
                narrowRun++;
            }
        }
        return cells + Narrow(narrowRun);
    }

    private static double Narrow(int count) => count == 0 ? 0 : Math.Ceiling(count / 2.0) + 1;
}
