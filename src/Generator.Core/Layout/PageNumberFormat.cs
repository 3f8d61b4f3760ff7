using System.Globalization;

namespace Generator.Layout;

/// <summary>How the page number in the footer looks (ページ番号の書式).</summary>
public enum PageNumberFormat
{
    /// <summary>「1」 (the default).</summary>
    Plain,
    /// <summary>「- 1 -」.</summary>
    Dashed,
    /// <summary>「1/3」: the page and the page count.</summary>
    OfTotal,
    /// <summary>No page number.</summary>
    None,
}

/// <summary>The text of a page number in a <see cref="PageNumberFormat"/>.</summary>
public static class PageNumberText
{
    /// <summary>The footer text of page <paramref name="page"/> of <paramref name="total"/>; empty for <see cref="PageNumberFormat.None"/>.</summary>
    public static string Format(PageNumberFormat format, int page, int total) => format switch
    {
        PageNumberFormat.Dashed => $"- {page.ToString(CultureInfo.InvariantCulture)} -",
        PageNumberFormat.OfTotal => $"{page.ToString(CultureInfo.InvariantCulture)}/{total.ToString(CultureInfo.InvariantCulture)}",
        PageNumberFormat.None => "",
        _ => page.ToString(CultureInfo.InvariantCulture),
    };
}
