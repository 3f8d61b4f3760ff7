using System.Text.RegularExpressions;
using Generator.Core.Tests.Support;
using Generator.Writers.Text;

namespace Generator.Core.Tests.Golden;

/// <summary>The 2018 circular, rendered from templates/circular, equals the reference text.</summary>
/// <remarks>
/// The reference is a PDF extraction. Its artefacts, removed or ignored here: spaces and line breaks inside the text
/// (「平成 29 年」, 「（ 公 印 省 略 ）」, every wrapped line), blank lines, a leading space on a line after a page
/// break (「 基準を満たす」), and the page-number line 「3」 near the end, the only footer the extraction kept.
/// So both sides are compared after removing all white space, with that one footer line dropped.
/// </remarks>
public sealed partial class CircularGoldenTests
{
    [Fact]
    public void Circular_text_equals_the_reference_after_normalising_white_space()
    {
        var reference = File.ReadAllLines(TestPaths.Reference).Where(line => !PageNumberLine().IsMatch(line));
        var expected = WhiteSpace().Replace(string.Concat(reference), "");

        var text = new PlainTextWriter().ToText(TestRendering.Circular());
        var actual = WhiteSpace().Replace(text, "");

        if (expected != actual)
        {
            var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
            Assert.Fail($"differs at character {at}:\nreference: …{Around(expected, at)}…\nrendered:  …{Around(actual, at)}…");
        }
    }

    [Fact]
    public void Circular_text_output_is_pinned_by_a_golden_file() =>
        GoldenFile.AssertMatches("circular.txt", new PlainTextWriter().ToText(TestRendering.Circular()));

    [Fact]
    public void Circular_has_the_structure_of_the_paper()
    {
        var document = TestRendering.Circular();
        var kinds = document.Blocks.Select(b => b.GetType().Name).Distinct().ToList();
        Assert.Equal(["AddresseeGroup", "Sender", "Title", "Paragraph", "NoteHeading", "OutlineItem", "Attachment"], kinds);
        Assert.Equal(4, document.Blocks.OfType<Generator.Model.Sender>().Count(s => s.SealOmitted));
        Assert.Equal([1, 2, 2, 1, 2, 2], document.Blocks.OfType<Generator.Model.OutlineItem>().Select(i => i.Level));
    }

    private static string Around(string s, int at) => s.Substring(Math.Max(0, at - 15), Math.Min(30, s.Length - Math.Max(0, at - 15)));

    [GeneratedRegex(@"\s")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^\s*\d+\s*$")]
    private static partial Regex PageNumberLine();
}
