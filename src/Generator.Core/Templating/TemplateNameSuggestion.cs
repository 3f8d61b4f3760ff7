namespace Generator.Templating;

/// <summary>Finds the known template name closest to a misspelt one (「circulr」→「circular」) for the error message.</summary>
internal static class TemplateNameSuggestion
{
    /// <summary>The name within two edits (insert, delete, replace a character; case ignored) of <paramref name="name"/>, nearest first; null when none is that close.</summary>
    public static string? Closest(string name, IReadOnlyList<string> known)
    {
        var wanted = name.Trim().ToLowerInvariant();
        if (wanted.Length == 0) return null;
        return known
            .Select(k => (Name: k, Distance: Distance(wanted, k.ToLowerInvariant())))
            .Where(c => c.Distance > 0 && c.Distance <= 2)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
