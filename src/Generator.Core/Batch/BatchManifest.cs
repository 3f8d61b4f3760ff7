using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Generator.Batch;

/// <summary>manifest.csv (UTF-8 with BOM, for Excel) and manifest.json: each recipient, its files, pages and SHA-256.</summary>
public static class BatchManifest
{
    /// <summary>File name of the JSON manifest (also read back for --skip-unchanged).</summary>
    public const string JsonName = "manifest.json";

    /// <summary>File name of the CSV manifest.</summary>
    public const string CsvName = "manifest.csv";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>One recipient's entry in manifest.json.</summary>
    public sealed record Entry(int Index, string Label, string Code, string Name, string Fingerprint, IReadOnlyList<BatchFile> Files);

    /// <summary>The whole manifest.json.</summary>
    public sealed record Manifest(string Template, int Recipients, IReadOnlyList<Entry> Entries);

    /// <summary>Writes both manifests into <paramref name="directory"/>.</summary>
    public static void Write(string directory, string template, IReadOnlyList<BatchItemResult> results)
    {
        var entries = results.Select(r => new Entry(r.Index, r.Item.Label, r.Item.Field("code"), r.Item.Field("name"), r.Fingerprint, r.Files)).ToList();
        File.WriteAllText(Path.Combine(directory, JsonName), JsonSerializer.Serialize(new Manifest(template, results.Count, entries), Json) + "\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, CsvName), Csv(results), new UTF8Encoding(true));
    }

    /// <summary>Reads manifest.json of a previous run; null when absent or unreadable.</summary>
    public static Manifest? TryRead(string directory)
    {
        var path = Path.Combine(directory, JsonName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Csv(IReadOnlyList<BatchItemResult> results)
    {
        var formats = results.SelectMany(r => r.Files.Select(f => f.Format)).Distinct().ToList();
        var sb = new StringBuilder();
        var header = new List<string> { "no", "code", "name" };
        foreach (var f in formats) header.AddRange([f, $"{f}_sha256", $"{f}_bytes"]);
        header.Add("pages");
        sb.Append(string.Join(",", header.Select(Quote))).Append("\r\n");
        foreach (var r in results)
        {
            var row = new List<string> { r.Index.ToString(CultureInfo.InvariantCulture), r.Item.Field("code"), r.Item.Field("name") };
            foreach (var format in formats)
            {
                var file = r.Files.FirstOrDefault(x => x.Format == format);
                row.AddRange([file?.FileName ?? "", file?.Sha256 ?? "", file?.Bytes.ToString(CultureInfo.InvariantCulture) ?? ""]);
            }
            row.Add(r.Files.Select(f => f.Pages).DefaultIfEmpty(0).Max().ToString(CultureInfo.InvariantCulture));
            sb.Append(string.Join(",", row.Select(Quote))).Append("\r\n");
        }
        return sb.ToString();
    }

    /// <summary>RFC 4180 quoting; a cell that Excel would read as a formula (=,+,-,@) is prefixed with an apostrophe.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
