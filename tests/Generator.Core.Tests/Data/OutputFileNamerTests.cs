using System.Collections.ObjectModel;
using Generator.Data;

namespace Generator.Core.Tests.Data;

public class OutputFileNamerTests
{
    private static Recipient Make(string code, string name, int row = 2) =>
        new(code, name, LocalGovernmentKind.City, "市長", "", new ReadOnlyDictionary<string, string>(new Dictionary<string, string>()), new RecipientSource("list.csv", row));

    [Theory]
    [InlineData("../../etc/passwd", "____etc_passwd")]
    [InlineData("..\\..\\x", "____x")]
    [InlineData("C:\\x", "C__x")]
    [InlineData("/abs", "_abs")]
    [InlineData("..", "_")]
    [InlineData(".hidden", "hidden")]
    [InlineData("a<b>c:d\"e|f?g*h", "a_b_c_d_e_f_g_h")]
    [InlineData("tab\there\nnewline\u0000nul", "tab_here_newline_nul")]
    [InlineData("right\u202Eto-left", "right_to-left")]
    [InlineData("trailing. . ", "trailing")]
    [InlineData("", "_")]
    [InlineData("   ", "_")]
    public void Sanitizes_path_traversal_and_invalid_characters(string input, string expected)
    {
        var safe = OutputFileNamer.SanitizeSegment(input);
        Assert.Equal(expected, safe);
        Assert.DoesNotContain("..", safe);
        Assert.Equal(-1, safe.IndexOfAny(['/', '\\', ':']));
        Assert.False(Path.IsPathRooted(safe));
    }

    [Theory]
    [InlineData("CON", "_CON")]
    [InlineData("con", "_con")]
    [InlineData("com1.txt", "_com1.txt")]
    [InlineData("NUL.", "_NUL")]
    [InlineData("LPT9 .docx", "_LPT9 .docx")]
    [InlineData("COM¹", "_COM¹")]
    [InlineData("CONSOLE", "CONSOLE")]
    [InlineData("COM10", "COM10")]
    public void Prefixes_reserved_device_names(string input, string expected) => Assert.Equal(expected, OutputFileNamer.SanitizeSegment(input));

    [Theory]
    [InlineData("髙橋町")]
    [InlineData("山﨑村")]
    [InlineData("𠮷野町")]
    [InlineData("鰺ヶ沢町")]
    [InlineData("札幌市長　秋元　克広")]
    public void Keeps_japanese_characters_as_they_are(string name) => Assert.Equal(name, OutputFileNamer.SanitizeSegment(name));

    [Fact]
    public void Cuts_long_names_without_splitting_a_surrogate_pair()
    {
        var name = new string('あ', 119) + "𠮷𠮷";
        var safe = OutputFileNamer.SanitizeSegment(name);
        Assert.Equal(new string('あ', 119), safe);
        Assert.Equal(120, OutputFileNamer.SanitizeSegment(new string('x', 300)).Length);
    }

    [Fact]
    public void Names_files_by_code_and_name_or_by_row()
    {
        var namer = new OutputFileNamer();
        Assert.Equal("011002_札幌市.docx", namer.GetFileName(Make("011002", "札幌市"), "docx"));
        Assert.Equal("row0005_地方独立行政法人北海道立総合研究機構.pdf", namer.GetFileName(Make("", "地方独立行政法人北海道立総合研究機構", 5), ".pdf"));
        Assert.Equal("012025___etc.txt", namer.GetFileName(Make("012025", "../etc"), "txt"));
        Assert.Equal("row0002__CON", namer.GetFileName(Make("", "CON"), ""));
    }

    [Fact]
    public void Makes_colliding_names_unique_ignoring_case()
    {
        var namer = new OutputFileNamer();
        Assert.Equal("row0002_Abc.txt", namer.GetFileName(Make("", "Abc"), "txt"));
        Assert.Equal("row0002_abc_2.txt", namer.GetFileName(Make("", "abc"), "txt"));
        Assert.Equal("row0002_ABC_3.txt", namer.GetFileName(Make("", "ABC"), "txt"));
        Assert.Equal("row0002_abc.docx", namer.GetFileName(Make("", "abc"), "docx"));
    }

    [Fact]
    public void Same_input_gives_the_same_names()
    {
        string[] Run()
        {
            var namer = new OutputFileNamer();
            return [.. RecipientSelector.Parse("builtin:prefecture=東京").ToRecipients().Select(r => namer.GetFileName(r, "docx"))];
        }
        var first = Run();
        Assert.Equal(first, Run());
        Assert.Equal("131016_千代田区.docx", first[0]);
        Assert.Equal(62, first.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Paths_stay_inside_the_output_folder()
    {
        using var folder = new TempFolder();
        var namer = new OutputFileNamer();
        foreach (var evil in new[] { "../../etc/passwd", "..\\..\\x", "C:\\x", "/abs", "..", "." })
        {
            var path = namer.GetPath(folder.Path, Make("", evil), "txt");
            Assert.Equal(Path.GetFullPath(folder.Path), Path.GetDirectoryName(path));
        }
    }

    [Fact]
    public void Long_names_are_cut_to_120_utf8_bytes_with_a_hash_of_the_full_name()
    {
        var namer = new OutputFileNamer();
        var a = namer.GetFileName(Make("", new string('髙', 300) + "A", 2), "docx");
        var b = namer.GetFileName(Make("", new string('髙', 300) + "B", 3), "docx");
        foreach (var name in new[] { a, b })
        {
            Assert.Matches(@"^row000[23]_髙+~[0-9a-f]{8}\.docx$", name);
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(name[8..^5]) <= OutputFileNamer.MaxNameBytes, name);
        }
        Assert.NotEqual(a[8..], b[8..]);
        Assert.Equal(a, new OutputFileNamer().GetFileName(Make("", new string('髙', 300) + "A", 2), "docx")); // stable
        Assert.Equal("011002_札幌市.docx", namer.GetFileName(Make("011002", "札幌市"), "docx")); // short names unchanged
        Assert.Equal("row0002_" + new string('x', 120), new OutputFileNamer().GetFileName(Make("", new string('x', 120)), ""));
    }
}
