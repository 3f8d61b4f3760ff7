namespace Generator.Layout;

/// <summary>A 「label：value」 line (「名称：一般社団法人…」「認定：令和元年…」): a short label and a full-width colon.
/// Its wrapped lines go under the value, in the PDF and (by a hanging indent) in the DOCX.</summary>
public static class LabelledLine
{
    /// <summary>The longest label counted, in characters (「所在地」「電話番号」「担当者名」 fit).</summary>
    private const int MaxLabelLength = 6;

    /// <summary>Length of 「label：」 at the start of <paramref name="text"/>, or 0 when it does not start with one: a
    /// label is 1–6 characters, none of them punctuation, brackets or spaces, and the colon is the full-width 「：」.</summary>
    public static int LabelLength(string text)
    {
        var colon = text.IndexOf('：');
        if (colon < 1 || colon > MaxLabelLength || colon == text.Length - 1) return 0;
        for (var i = 0; i < colon; i++)
            if (char.IsPunctuation(text[i]) || char.IsWhiteSpace(text[i]) || char.IsSymbol(text[i]) || char.IsSurrogate(text[i])) return 0;
        return colon + 1;
    }
}
