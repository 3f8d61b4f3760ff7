namespace Generator.Cli.Tests.Support;

/// <summary>Compares page 1 of a PDF, rendered at 60 dpi in grey by pdftoppm, with a committed golden PNG under
/// <c>golden/pages/</c>. A small tolerance absorbs anti-aliasing; on a failure the actual picture
/// (<c>NAME.actual.png</c>) and a diff (<c>NAME.diff.png</c>: changed pixels black on a faint copy of the golden) are
/// written beside the golden for a reviewer to open. UPDATE_GOLDEN=1 rewrites the golden deliberately.</summary>
internal static class PageImageGolden
{
    /// <summary>Resolution of the pictures: small files, yet a moved line or heading shows.</summary>
    public const int Dpi = 60;

    /// <summary>Grey levels two pixels may differ by and still count as equal (anti-aliasing, hinting).</summary>
    private const int PixelTolerance = 48;

    /// <summary>Share of the pixels that may differ beyond <see cref="PixelTolerance"/>: one changed character passes,
    /// a moved or rewrapped line (several hundred pixels) does not.</summary>
    private const double AreaTolerance = 0.001;

    private static string Folder => Path.Combine(CliRunner.RepoRoot, "tests", "Generator.Cli.Tests", "golden", "pages");

    /// <summary>Renders page 1 of <paramref name="pdf"/> and compares it with golden <paramref name="name"/>.png.</summary>
    public static void AssertMatches(string name, string pdf)
    {
        var work = CliRunner.TempDir();
        var stem = Path.Combine(work, "page");
        var (exit, _, error) = ExternalTool.Run("pdftoppm", "-f", "1", "-l", "1", "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-gray", "-png", "-singlefile", pdf, stem);
        Assert.True(exit == 0, $"pdftoppm {pdf}: exit {exit}: {error}");
        var actualPath = stem + ".png";
        var golden = Path.Combine(Folder, name + ".png");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Folder);
            GreyPng.Read(actualPath).Write(golden); // grey: a third of pdftoppm's RGB file
            return;
        }
        Assert.True(File.Exists(golden), $"Golden picture {golden} is missing; run the tests once with UPDATE_GOLDEN=1 and look at it.");
        var expected = GreyPng.Read(golden);
        var actual = GreyPng.Read(actualPath);
        var (differing, diff) = Compare(expected, actual);
        var allowed = (int)(expected.Width * expected.Height * AreaTolerance);
        if (differing <= allowed) return;
        actual.Write(Path.Combine(Folder, name + ".actual.png"));
        diff?.Write(Path.Combine(Folder, name + ".diff.png"));
        Assert.Fail($"page 1 of {name} differs from {golden}: {(differing < 0 ? "another size" : $"{differing} pixels (at most {allowed})")}; " +
            $"see {name}.actual.png and {name}.diff.png beside it, and rewrite the golden with UPDATE_GOLDEN=1 if the change is meant.");
    }

    /// <summary>How many pixels differ beyond the tolerance (−1 for pictures of different sizes) and the diff picture.</summary>
    private static (int Differing, GreyPng? Diff) Compare(GreyPng expected, GreyPng actual)
    {
        if (expected.Width != actual.Width || expected.Height != actual.Height) return (-1, null);
        var pixels = new byte[expected.Pixels.Length];
        var differing = 0;
        for (var i = 0; i < pixels.Length; i++)
        {
            var changed = Math.Abs(expected.Pixels[i] - actual.Pixels[i]) > PixelTolerance;
            if (changed) differing++;
            // changed pixels black; the golden faint (light grey) behind them for orientation
            pixels[i] = changed ? (byte)0 : (byte)(215 + expected.Pixels[i] * 40 / 255);
        }
        return (differing, new GreyPng(expected.Width, expected.Height, pixels));
    }
}
