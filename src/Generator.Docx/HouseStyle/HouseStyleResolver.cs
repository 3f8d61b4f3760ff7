using Generator.Layout;

namespace Generator.HouseStyle;

/// <summary>Resolves the one house style both writers read: the default, then a reference .docx, then a style file on top.</summary>
public static class HouseStyleResolver
{
    /// <summary>The resolved style; with neither file it is <see cref="PageLayoutOptions.Default"/>.</summary>
    /// <param name="styleFile">A style.yaml (its keys win), or null.</param>
    /// <param name="referenceDocx">An office's own .docx (page setup, fonts, title, first-page header), or null.</param>
    /// <exception cref="Diagnostics.GeneratorException">A file is missing or wrong.</exception>
    public static PageLayoutOptions Resolve(string? styleFile, string? referenceDocx)
    {
        var layout = PageLayoutOptions.Default;
        if (referenceDocx is not null) layout = ReferenceDocx.Load(referenceDocx, layout);
        if (styleFile is not null) layout = StyleFile.Load(styleFile, layout);
        return layout;
    }

    /// <summary>Fingerprint text of everything in the style that changes the output (for --skip-unchanged).</summary>
    /// <remarks>Numbers are written with the invariant culture, so the text does not depend on the machine's locale.</remarks>
    public static string Describe(PageLayoutOptions layout)
    {
        if (layout == PageLayoutOptions.Default) return "default";
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            return string.Join(";", layout with { Letterhead = null, Seal = null }, layout.Letterhead?.Describe(), layout.Seal?.Image.Hash, layout.Seal?.SizeMm);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
