using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Generator.Model;
using Generator.Templating;

namespace Generator.Pipeline;

/// <summary>The characters of the template files a document was rendered from (the main file and the partials it ran:
/// <see cref="TemplateOutput.Ran"/>) and of the notice data (<see cref="Document.TemplateCharacters"/>): most of what every document made from them prints, whoever the
/// recipient. Computed once per set of files and notice.</summary>
/// <remarks>Only a hint for writers (the PDF writer stores these characters' glyphs first in a font program, and compresses
/// that part once for all the letters of a run): it never changes what a document says, and the same template files and notice
/// always give the same characters, so a letter written alone and in a batch are the same bytes.</remarks>
internal sealed class TemplateCharacters
{
    private readonly ConditionalWeakTable<IReadOnlyDictionary<string, object?>, ConcurrentDictionary<string, string>> ofNotice = new();

    /// <summary>The characters of the template files that made <paramref name="output"/> and of
    /// <paramref name="notice"/>'s values, each once, in code-point order; white space and digits left out: digits are what
    /// recipients' data varies most in (a document number per recipient, an address, 「札幌市（2）」), and each letter drawing
    /// other digits among the leading glyphs would have outlines of its own to compress.</summary>
    public string Of(TemplateOutput output, IReadOnlyDictionary<string, object?> notice)
    {
        var files = output.Ran; // not every file the renderer holds: those depend on what it rendered before
        return ofNotice.GetValue(notice, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal))
            .GetOrAdd(string.Join('\n', files), _ => Distinct(files.SelectMany(f => output.Sources[f]).Append(NoticeText(notice))));
    }

    private static string NoticeText(IReadOnlyDictionary<string, object?> notice)
    {
        var text = new StringBuilder();
        void Add(object? value)
        {
            switch (value)
            {
                case string s:
                    text.Append(s).Append('\n');
                    break;
                case IReadOnlyDictionary<string, object?> map:
                    foreach (var item in map.Values) Add(item);
                    break;
                case System.Collections.IDictionary map:
                    foreach (var item in map.Values) Add(item);
                    break;
                case System.Collections.IEnumerable items:
                    foreach (var item in items) Add(item);
                    break;
            }
        }
        Add(notice);
        return text.ToString();
    }

    private static string Distinct(IEnumerable<string> texts)
    {
        var seen = new SortedSet<int>();
        foreach (var text in texts)
            foreach (var rune in text.EnumerateRunes())
                if (!Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune) && !Rune.IsDigit(rune)) seen.Add(rune.Value);
        var result = new StringBuilder(seen.Count);
        foreach (var value in seen) result.Append(new Rune(value).ToString());
        return result.ToString();
    }
}
