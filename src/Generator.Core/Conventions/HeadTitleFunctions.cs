namespace Generator.Conventions;

/// <summary>How the head of a body is named: the body's name joined with the head's title without repeating 市・区・町・村.</summary>
public static class HeadTitleFunctions
{
    /// <summary>The head's designation. <c>("札幌市", "市長")</c> → 「札幌市長」; <c>("北海道", "知事")</c> → 「北海道知事」; <c>("森町", "町長")</c> → 「森町長」.</summary>
    public static string HeadOf(object? name, object? headTitle)
    {
        var body = NumeralFunctions.Text(name).Trim();
        var title = NumeralFunctions.Text(headTitle).Trim();
        if (title.Length == 0) return body;
        if (body.EndsWith(title, StringComparison.Ordinal)) return body;
        // 市＋市長 → 市長, 区＋区長 → 区長, 町＋町長 → 町長, 村＋村長 → 村長
        if (title.Length >= 2 && body.Length > 0 && body[^1] == title[0] && title[0] is '市' or '区' or '町' or '村')
            return body + title[1..];
        return body + title;
    }
}
