using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Generator.Batch;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Studio.Workspace;

namespace Generator.Studio.Recipients;

/// <summary>One uploaded recipient file: the studio's own id and file, and the name the user gave it (shown, never a path).</summary>
/// <param name="Id">Random hex id; the file is <c>uploads/&lt;id&gt;.&lt;ext&gt;</c>.</param>
/// <param name="DisplayName">The uploaded file's name, for messages only.</param>
/// <param name="Path">The stored file.</param>
public sealed record RecipientUpload(string Id, string DisplayName, string Path);

/// <summary>
/// Where the studio's recipients come from: <c>builtin:</c> selectors over the directory, and uploaded files read by the
/// same loader as the CLI (<see cref="RecipientLoader"/>). A value from the browser is either a selector or an upload id;
/// it never names a file.
/// </summary>
public sealed partial class StudioRecipients(StudioWorkspace workspace, long maxUploadBytes)
{
    private static readonly string[] Extensions = [.. RecipientReaders.All.SelectMany(r => r.Extensions)];
    private const string UploadPrefix = "upload:";

    /// <summary>Stores an uploaded file under a new id; its extension (from an allow-list) picks the reader.</summary>
    /// <exception cref="GeneratorException">The file is too large, empty, or of a kind the loader does not read.</exception>
    public RecipientUpload Store(string fileName, Stream content)
    {
        var display = System.IO.Path.GetFileName(fileName.Replace('\\', '/'));
        var extension = System.IO.Path.GetExtension(display).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            throw new GeneratorException(new Diagnostic(display, 0, 0, $"「{display}」は宛先ファイルとして読めません。",
                "CSV（Shift_JIS または UTF-8）、XLSX、JSON、YAML のいずれかを選んでください。"));
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxUploadBytes)
                throw new GeneratorException(new Diagnostic(display, 0, 0, $"ファイルが大きすぎます（上限 {maxUploadBytes / 1024 / 1024} MB）。", "宛先だけを含むファイルにしてください。"));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw new GeneratorException(new Diagnostic(display, 0, 0, "ファイルが空です。", "宛先の一覧を含むファイルを選んでください。"));
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var path = System.IO.Path.Combine(workspace.Uploads, id + extension);
        File.WriteAllBytes(path, buffer.ToArray());
        File.WriteAllText(System.IO.Path.Combine(workspace.Uploads, id + ".name.json"), JsonSerializer.Serialize(display, Web.StudioJsonContext.Default.String));
        return new RecipientUpload(id, display, path);
    }

    /// <summary>Loads <paramref name="spec"/> — a <c>builtin:</c> selector or <c>upload:&lt;id&gt;</c> — with every problem (file named as uploaded).</summary>
    public RecipientSet Load(string spec)
    {
        if (RecipientSelector.IsSelector(spec)) return RecipientLoader.Load(spec, RecipientLoadOptions.Default);
        if (FindUpload(spec) is not { } upload)
            return new RecipientSet([], [new Diagnostic(spec, 0, 0, "宛先の指定が読めません。", "一覧から選ぶか、ファイルをもう一度アップロードしてください。")]);
        var set = RecipientLoader.Load(upload.Path, RecipientLoadOptions.Default with { Readers = RecipientReaders.All });
        string Rename(string file) => file == upload.Path ? upload.DisplayName : file;
        return set with
        {
            Diagnostics = set.Diagnostics.Select(d => d with { File = Rename(d.File) }).ToList(),
            Recipients = [.. set.Recipients.Select(r => r with { Source = r.Source with { File = Rename(r.Source.File) } })],
        };
    }

    /// <summary>The upload named by <c>upload:&lt;id&gt;</c>; null when there is none.</summary>
    public RecipientUpload? FindUpload(string spec)
    {
        var id = spec.StartsWith(UploadPrefix, StringComparison.Ordinal) ? spec[UploadPrefix.Length..] : "";
        if (!UploadId().IsMatch(id)) return null;
        var path = Extensions.Select(e => System.IO.Path.Combine(workspace.Uploads, id + e)).FirstOrDefault(File.Exists);
        if (path is null) return null;
        var nameFile = System.IO.Path.Combine(workspace.Uploads, id + ".name.json");
        var display = File.Exists(nameFile) ? JsonSerializer.Deserialize(File.ReadAllText(nameFile), Web.StudioJsonContext.Default.String) ?? id : id;
        return new RecipientUpload(id, display, path);
    }

    /// <summary>The recipient a preview shows: a directory code (<c>011002</c>) or <c>upload:&lt;id&gt;#&lt;n&gt;</c> (0-based).</summary>
    /// <exception cref="GeneratorException">No such recipient.</exception>
    public Recipient Single(string spec)
    {
        var hash = spec.LastIndexOf('#');
        if (hash > 0 && int.TryParse(spec[(hash + 1)..], out var index))
        {
            var set = Load(spec[..hash]);
            if (index >= 0 && index < set.Recipients.Length) return set.Recipients[index];
        }
        else if (CodeOnly().IsMatch(spec))
        {
            var set = RecipientLoader.Load($"{RecipientSelector.Prefix}code={spec}", RecipientLoadOptions.Default);
            if (set.Recipients.Length == 1) return set.Recipients[0];
            if (set.HasErrors) throw new GeneratorException(set.Diagnostics);
        }
        throw new GeneratorException(new Diagnostic(spec, 0, 0, "プレビューの宛先が見つかりません。", "宛先を検索して選び直してください。"));
    }

    /// <summary>One recipient as a batch item, named as the batch names it.</summary>
    public static BatchItem ToItem(Recipient recipient) => BatchItems.From([recipient])[0];

    /// <summary>Directory entries whose name, kana or code contains <paramref name="query"/> (in service only), at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<LocalGovernment> Search(string query, int limit = 20)
    {
        var q = query.Trim();
        var all = LocalGovernmentDirectory.Default.All.Where(e => e.InService);
        if (q.Length == 0) return all.Where(e => e.Kind == LocalGovernmentKind.Prefecture).Take(limit).ToList();
        return all.Where(e => e.Name.Contains(q, StringComparison.Ordinal) || e.Kana.Contains(q, StringComparison.Ordinal)
                || e.Code.StartsWith(q, StringComparison.Ordinal) || (e.Prefecture + e.Name).Contains(q, StringComparison.Ordinal))
            .OrderBy(e => e.Name.StartsWith(q, StringComparison.Ordinal) ? 0 : 1).ThenBy(e => e.Code, StringComparer.Ordinal)
            .Take(limit).ToList();
    }

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex UploadId();

    [GeneratedRegex("^[0-9]{5,6}$")]
    private static partial Regex CodeOnly();
}
