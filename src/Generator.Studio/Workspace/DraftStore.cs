using System.Text;
using System.Text.RegularExpressions;
using Generator.IO;
using Generator.Pipeline;
using YamlDotNet.Serialization;

namespace Generator.Studio.Workspace;

/// <summary>One saved draft: its id, settings and notice (as <c>generator render --data</c> reads it).</summary>
/// <param name="Id">Folder name under <c>drafts/</c>.</param>
/// <param name="Settings">Template, recipients, preview recipient.</param>
/// <param name="Notice">The notice's fields.</param>
/// <param name="Saved">When notice.yaml was last written.</param>
public sealed record Draft(string Id, DraftSettings Settings, IReadOnlyDictionary<string, object?> Notice, DateTime Saved)
{
    /// <summary>Why notice.yaml could not be read (edited by hand into invalid YAML); null when it was read.</summary>
    public string? Problem { get; init; }
}

/// <summary>Drafts in <c>&lt;workspace&gt;/drafts/&lt;id&gt;/</c>: <c>notice.yaml</c> (YamlDotNet, written atomically) and <c>draft.yaml</c>.</summary>
public sealed partial class DraftStore(StudioWorkspace workspace)
{
    /// <summary>File name of a draft's notice.</summary>
    public const string NoticeFileName = "notice.yaml";
    private const string SettingsFileName = "draft.yaml";

    // compile-time YAML metadata (NoticeYamlContext), not reflection: the Native AOT build
    private static readonly ISerializer NoticeSerializer = new StaticSerializerBuilder(new NoticeYamlContext()).WithQuotingNecessaryStrings().DisableAliases().Build();
    private readonly Lock gate = new();

    /// <summary>True for ids the studio makes (lower-case letters, digits, dashes); anything else never reaches the file system.</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>The path of a draft's notice.yaml.</summary>
    public string NoticePath(string id) => Path.Combine(Folder(id), NoticeFileName);

    /// <summary>Every draft, newest first (folders that cannot be read are left out).</summary>
    public IReadOnlyList<Draft> List() =>
        Directory.EnumerateDirectories(workspace.Drafts).Select(Path.GetFileName).OfType<string>().Where(IsValidId)
            .Select(TryLoad).OfType<Draft>().OrderByDescending(d => d.Saved).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>Starts a draft of <paramref name="template"/> from <paramref name="notice"/> (the template's sample notice).</summary>
    public Draft Create(string template, IReadOnlyDictionary<string, object?> notice)
    {
        lock (gate)
        {
            var stamp = DateTime.Now.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            var n = 1;
            string id;
            while (Directory.Exists(Folder(id = $"{template}-{stamp}-{n}"))) n++;
            Directory.CreateDirectory(Folder(id));
            var settings = new DraftSettings { Template = template, PreviewRecipient = "011002" };
            SaveSettings(id, settings);
            SaveNotice(id, notice);
            return Load(id);
        }
    }

    /// <summary>Loads a draft.</summary>
    /// <exception cref="Diagnostics.GeneratorException">notice.yaml is not valid YAML (with line and column).</exception>
    public Draft Load(string id)
    {
        if (!IsValidId(id) || !Directory.Exists(Folder(id))) throw new KeyNotFoundException($"No draft '{id}'.");
        var settings = DraftSettingsYaml.Read(File.ReadAllText(Path.Combine(Folder(id), SettingsFileName))) ?? new DraftSettings();
        var notice = NoticeFile.Load(NoticePath(id));
        return new Draft(id, settings, notice, File.GetLastWriteTimeUtc(NoticePath(id)));
    }

    /// <summary>Writes notice.yaml atomically (temp file, then renamed over the old one).</summary>
    public void SaveNotice(string id, IReadOnlyDictionary<string, object?> notice)
    {
        var yaml = "# Generator studio draft; readable by: generator render <template> --data this-file\n" + NoticeSerializer.Serialize(Drafting.NoticeForm.DeepCopy(notice));
        AtomicFile.Write(NoticePath(id), s => s.Write(new UTF8Encoding(false).GetBytes(yaml)));
    }

    /// <summary>Writes draft.yaml atomically.</summary>
    public void SaveSettings(string id, DraftSettings settings)
    {
        var yaml = DraftSettingsYaml.Write(settings);
        AtomicFile.Write(Path.Combine(Folder(id), SettingsFileName), s => s.Write(new UTF8Encoding(false).GetBytes(yaml)));
    }

    /// <summary>Loads a draft for the list; one whose notice.yaml cannot be read is listed with its problem (opening it shows where).</summary>
    private Draft? TryLoad(string id)
    {
        try { return Load(id); }
        catch (Diagnostics.GeneratorException e)
        {
            var settings = TryLoadSettings(id);
            return settings is null ? null : new Draft(id, settings, new Dictionary<string, object?>(), File.GetLastWriteTimeUtc(NoticePath(id))) { Problem = e.Diagnostics[0].Message };
        }
        catch (Exception e) when (e is IOException or YamlDotNet.Core.YamlException or KeyNotFoundException) { return null; }
    }

    private DraftSettings? TryLoadSettings(string id)
    {
        try { return DraftSettingsYaml.Read(File.ReadAllText(Path.Combine(Folder(id), SettingsFileName))); }
        catch (Exception e) when (e is IOException or YamlDotNet.Core.YamlException) { return null; }
    }

    private string Folder(string id) =>
        IsValidId(id) ? Path.Combine(workspace.Drafts, id) : throw new ArgumentException($"Not a draft id: '{id}'.", nameof(id));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex IdPattern();
}
