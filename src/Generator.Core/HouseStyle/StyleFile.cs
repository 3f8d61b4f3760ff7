using System.Globalization;
using Generator.Diagnostics;
using Generator.Layout;
using Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.HouseStyle;

/// <summary>Reads a house style file (style.yaml) onto a basis layout: each key it sets replaces the basis's value.
/// Keys and their meaning: docs/style.md. Image paths are relative to the style file.</summary>
public static class StyleFile
{
    /// <summary>Largest style file read, in bytes.</summary>
    public const int MaxSize = 100_000;

    /// <summary>Largest image (letterhead, seal) read, in bytes.</summary>
    public const int MaxImageSize = 2_000_000;

    /// <summary>The top-level keys, in the order docs/style.md lists them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["paper", "margins", "grid", "font", "title", "alignment", "page_number", "letterhead", "seal"];

    /// <summary>Loads <paramref name="path"/> onto <paramref name="basis"/>.</summary>
    /// <exception cref="GeneratorException">The file is missing, not YAML, has an unknown key or a wrong value, or the
    /// resulting page does not fit; with line and column.</exception>
    public static PageLayoutOptions Load(string path, PageLayoutOptions basis)
    {
        if (!File.Exists(path))
            throw new GeneratorException(new Diagnostic(path, 0, 0, "The style file does not exist.", "Give the path of a style.yaml, e.g. styles/office-36.yaml."));
        if (new FileInfo(path).Length > MaxSize)
            throw new GeneratorException(new Diagnostic(path, 0, 0, $"The style file is larger than {MaxSize:N0} bytes.", "A style file needs a few lines; check that this is the right file."));
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(File.ReadAllText(path));
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new GeneratorException(new Diagnostic(path, (int)e.Start.Line, (int)e.Start.Column, $"The style file is not valid YAML: {e.Message}",
                "Write one 'key: value' per line, as in styles/office-36.yaml."));
        }
        if (stream.Documents.Count == 0) return basis;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new GeneratorException(new Diagnostic(path, (int)stream.Documents[0].RootNode.Start.Line, (int)stream.Documents[0].RootNode.Start.Column,
                "The style file must be a mapping of keys (key: value).", "Start with e.g. 'paper: A4'; see docs/style.md."));
        var reader2 = new StyleNodes(path, Path.GetDirectoryName(Path.GetFullPath(path))!);
        var result = new StyleFileApplier(reader2).Apply(root, basis);
        reader2.ThrowIfAny();
        var fit = StyleFit.Problem(result);
        if (fit is not null)
            throw new GeneratorException(new Diagnostic(path, (int)root.Start.Line, (int)root.Start.Column, fit.Value.Message, fit.Value.Hint));
        return result;
    }
}

/// <summary>Applies the keys of one style file's root mapping to a layout.</summary>
internal sealed class StyleFileApplier(StyleNodes nodes)
{
    public PageLayoutOptions Apply(YamlMappingNode root, PageLayoutOptions layout)
    {
        foreach (var (keyNode, value) in root.Children)
        {
            var key = StyleNodes.Name(keyNode);
            layout = key switch
            {
                "paper" => Paper(value, layout),
                "margins" => Margins(value, layout),
                "grid" => Grid(value, layout),
                "font" => Font(value, layout),
                "title" => Title(value, layout),
                "alignment" => Alignment(value, layout),
                "page_number" => PageNumber(value, layout),
                "letterhead" => Letterheads(value, layout),
                "seal" => Seal(value, layout),
                _ => nodes.Unknown(keyNode, key, StyleFile.Keys, layout),
            };
        }
        return layout;
    }

    private PageLayoutOptions Paper(YamlNode node, PageLayoutOptions layout) => nodes.Scalar(node, "paper") switch
    {
        "A4" => layout with { PageWidthMm = 210, PageHeightMm = 297 },
        "A4-landscape" => layout with { PageWidthMm = 297, PageHeightMm = 210 },
        "B5" => layout with { PageWidthMm = 182, PageHeightMm = 257 },
        "A3-landscape" => layout with { PageWidthMm = 420, PageHeightMm = 297 },
        var other => nodes.Wrong(node, $"paper '{other}' is not known.", "Write A4, A4-landscape, B5 or A3-landscape.", layout),
    };

    private PageLayoutOptions Margins(YamlNode node, PageLayoutOptions layout)
    {
        foreach (var (key, value) in nodes.Mapping(node, "margins", ["top", "bottom", "left", "right", "footer"]))
        {
            var mm = nodes.Number(value, $"margins.{key}", 0, 100);
            layout = key switch
            {
                "top" => layout with { MarginTopMm = mm ?? layout.MarginTopMm },
                "bottom" => layout with { MarginBottomMm = mm ?? layout.MarginBottomMm },
                "left" => layout with { MarginLeftMm = mm ?? layout.MarginLeftMm },
                "right" => layout with { MarginRightMm = mm ?? layout.MarginRightMm },
                _ => layout with { FooterDistanceMm = mm ?? layout.FooterDistanceMm },
            };
        }
        return layout;
    }

    private PageLayoutOptions Grid(YamlNode node, PageLayoutOptions layout)
    {
        foreach (var (key, value) in nodes.Mapping(node, "grid", ["characters", "lines"]))
        {
            var count = nodes.Number(value, $"grid.{key}", 10, 80, whole: true);
            layout = key == "characters"
                ? layout with { CharactersPerLine = (int)(count ?? layout.CharactersPerLine) }
                : layout with { LinesPerPage = (int)(count ?? layout.LinesPerPage) };
        }
        return layout;
    }

    private PageLayoutOptions Font(YamlNode node, PageLayoutOptions layout)
    {
        foreach (var (key, value) in nodes.Mapping(node, "font", ["body", "latin", "size"]))
        {
            layout = key switch
            {
                "body" => layout with { EastAsianFontName = nodes.Text(value, "font.body") ?? layout.EastAsianFontName },
                "latin" => layout with { LatinFontName = nodes.Text(value, "font.latin") ?? layout.LatinFontName },
                _ => layout with { FontSizePt = nodes.Number(value, "font.size", 8, 14) ?? layout.FontSizePt },
            };
        }
        return layout;
    }

    private PageLayoutOptions Title(YamlNode node, PageLayoutOptions layout)
    {
        foreach (var (key, value) in nodes.Mapping(node, "title", ["size", "bold", "indent"]))
        {
            layout = key switch
            {
                "size" => layout with { TitleSizePt = nodes.Number(value, "title.size", 8, 20) ?? layout.TitleSizePt },
                "bold" => layout with { TitleBold = nodes.Flag(value, "title.bold") ?? layout.TitleBold },
                _ => layout with { TitleIndentChars = (int)(nodes.Number(value, "title.indent", 0, 10, whole: true) ?? layout.TitleIndentChars) },
            };
        }
        return layout;
    }

    private PageLayoutOptions Alignment(YamlNode node, PageLayoutOptions layout)
    {
        foreach (var (key, value) in nodes.Mapping(node, "alignment", ["number", "date"]))
        {
            var align = nodes.Align(value, $"alignment.{key}");
            layout = key == "number"
                ? layout with { NumberAlignment = align ?? layout.NumberAlignment }
                : layout with { DateAlignment = align ?? layout.DateAlignment };
        }
        return layout;
    }

    private PageLayoutOptions PageNumber(YamlNode node, PageLayoutOptions layout) => nodes.Scalar(node, "page_number") switch
    {
        "1" => layout with { PageNumbers = PageNumberFormat.Plain },
        "- 1 -" => layout with { PageNumbers = PageNumberFormat.Dashed },
        "1/3" => layout with { PageNumbers = PageNumberFormat.OfTotal },
        "none" or null => layout with { PageNumbers = PageNumberFormat.None },
        var other => nodes.Wrong(node, $"page_number '{other}' is not a known format.", "Write \"1\", \"- 1 -\", \"1/3\" or none (quote the first three).", layout),
    };

    private PageLayoutOptions Letterheads(YamlNode node, PageLayoutOptions layout)
    {
        var letterhead = (layout.Letterhead ?? new Letterhead([], null, 12, LineAlignment.Center, 12)) with { Source = nodes.FileName };
        foreach (var (key, value) in nodes.Mapping(node, "letterhead", ["lines", "image", "image_height", "align", "top"]))
        {
            letterhead = key switch
            {
                "lines" => letterhead with { Lines = [.. nodes.Strings(value, "letterhead.lines")] },
                "image" => letterhead with { Image = nodes.Image(value, "letterhead.image") },
                "image_height" => letterhead with { ImageHeightMm = nodes.Number(value, "letterhead.image_height", 3, 40) ?? letterhead.ImageHeightMm },
                "align" => letterhead with { Alignment = nodes.Align(value, "letterhead.align") ?? letterhead.Alignment },
                _ => letterhead with { TopMm = nodes.Number(value, "letterhead.top", 3, 60) ?? letterhead.TopMm },
            };
        }
        return layout with { Letterhead = letterhead.Lines.IsDefaultOrEmpty && letterhead.Image is null ? null : letterhead };
    }

    private PageLayoutOptions Seal(YamlNode node, PageLayoutOptions layout)
    {
        if (node is YamlScalarNode { Value: "none" }) return layout with { Seal = null };
        PngImage? image = layout.Seal?.Image;
        var size = layout.Seal?.SizeMm ?? 18;
        var imageGiven = false;
        foreach (var (key, value) in nodes.Mapping(node, "seal", ["image", "size"]))
        {
            if (key == "image") (image, imageGiven) = (nodes.Image(value, "seal.image"), true);
            else size = nodes.Number(value, "seal.size", 5, 40) ?? size;
        }
        if (image is null && !imageGiven)
            nodes.Problem(node.Start, "seal needs an image.", "Give the seal's PNG: seal: { image: seal.png, size: 18 }.");
        return image is null ? layout : layout with { Seal = new SealImage(image, size) };
    }
}
