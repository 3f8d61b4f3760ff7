using System.Text;
using Generator.IO;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Studio.Workspace;

/// <summary>
/// The user's own wording: edited template files live in <c>&lt;workspace&gt;/templates/</c> at the same relative paths as in
/// the built-in folder (e.g. <c>forwarding-notice/template.sbn</c>, <c>partials/sender/body-head.sbn</c>) and overlay it.
/// The built-in folder is never written. The overlay is merged into <c>&lt;workspace&gt;/.studio/templates/</c>, a complete
/// templates folder that the studio renders from and that the CLI can use with <c>--templates</c>.
/// </summary>
public sealed class TemplateVariants
{
    private readonly StudioWorkspace workspace;
    private readonly Lock gate = new();
    private DocumentGenerator generator;
    private int generation;

    /// <summary>Opens the overlay of <paramref name="builtIn"/> in <paramref name="workspace"/>.</summary>
    public TemplateVariants(StudioWorkspace workspace, TemplateRoot builtIn)
    {
        this.workspace = workspace;
        BuiltIn = builtIn;
        generator = Rebuild();
    }

    /// <summary>The built-in templates folder.</summary>
    public TemplateRoot BuiltIn { get; }

    /// <summary>The merged folder (built-in + the user's files), the one to render from when any variant exists.</summary>
    public string MergedDirectory => Path.Combine(workspace.Internal, "templates");

    /// <summary>The generator for the current wording (a new one after every save, since templates are parsed once).</summary>
    public DocumentGenerator Generator { get { lock (gate) return generator; } }

    /// <summary>The templates folder in use: the merged one when the user changed any file, else the built-in one.</summary>
    public TemplateRoot Root => ((ScribanTemplateRenderer)Generator.Renderer).Root;

    /// <summary>The files a user may edit for <paramref name="template"/>: its main file, then every partial (relative paths).</summary>
    public IReadOnlyList<string> FilesOf(string template)
    {
        var partials = Path.Combine(BuiltIn.Directory, "partials");
        var shared = Directory.Exists(partials)
            ? Directory.EnumerateFiles(partials, "*" + TemplateRoot.Extension, SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(BuiltIn.Directory, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];
        return [BuiltIn.MainFileOf(template), .. shared];
    }

    /// <summary>The text of <paramref name="relative"/>: the user's variant when there is one, else the built-in file.</summary>
    public (string Text, bool IsVariant) Read(string relative)
    {
        var variant = VariantPath(relative);
        return File.Exists(variant) ? (File.ReadAllText(variant), true) : (File.ReadAllText(BuiltInPath(relative)), false);
    }

    /// <summary>Saves the user's text of <paramref name="relative"/> (atomically) and merges anew.</summary>
    public void Save(string relative, string text)
    {
        var path = VariantPath(relative);
        lock (gate)
        {
            AtomicFile.Write(path, s => s.Write(new UTF8Encoding(false).GetBytes(text)));
            generator = Rebuild();
        }
    }

    /// <summary>"Back to the original": removes the user's variant of <paramref name="relative"/> (a file the studio wrote).</summary>
    public void Reset(string relative)
    {
        var path = VariantPath(relative);
        lock (gate)
        {
            if (File.Exists(path)) File.Delete(path);
            generator = Rebuild();
        }
    }

    /// <summary>True when <paramref name="relative"/> names a built-in template file (checked before any path is made from it).</summary>
    public bool IsEditable(string relative) =>
        StudioWorkspace.Inside(BuiltIn.Directory, relative) is { } full && File.Exists(full)
        && relative.EndsWith(TemplateRoot.Extension, StringComparison.Ordinal);

    private string BuiltInPath(string relative) => IsEditable(relative)
        ? StudioWorkspace.Inside(BuiltIn.Directory, relative)!
        : throw new ArgumentException($"Not a template file: '{relative}'.", nameof(relative));

    private string VariantPath(string relative)
    {
        BuiltInPath(relative);
        return StudioWorkspace.Inside(workspace.Variants, relative)!;
    }

    private List<string> VariantFiles() =>
        Directory.EnumerateFiles(workspace.Variants, "*" + TemplateRoot.Extension, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(workspace.Variants, f).Replace('\\', '/'))
            .Where(IsEditable).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Makes a generator over the current wording. Each save gets its own merged folder under <c>.studio/generations/</c>,
    /// never changed afterwards, so a send that started before a save renders every recipient from the same files;
    /// <c>.studio/templates/</c> is refreshed as the copy for the CLI. Generations are removed when the studio starts.
    /// </summary>
    private DocumentGenerator Rebuild()
    {
        var variants = VariantFiles();
        if (variants.Count == 0) return new DocumentGenerator(new ScribanTemplateRenderer(BuiltIn));
        var generations = Path.Combine(workspace.Internal, "generations");
        if (generation == 0 && Directory.Exists(generations)) Directory.Delete(generations, recursive: true); // from an earlier launch
        var folder = Path.Combine(generations, (++generation).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Merge(folder, variants);
        var staging = MergedDirectory + ".new";
        Merge(staging, variants);
        if (Directory.Exists(MergedDirectory)) Directory.Delete(MergedDirectory, recursive: true);
        Directory.Move(staging, MergedDirectory);
        return new DocumentGenerator(new ScribanTemplateRenderer(new TemplateRoot(folder)));
    }

    /// <summary>Writes the built-in folder with the user's files over it into <paramref name="target"/> (made afresh).</summary>
    private void Merge(string target, IReadOnlyList<string> variants)
    {
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        foreach (var file in Directory.EnumerateFiles(BuiltIn.Directory, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(BuiltIn.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        foreach (var relative in variants)
            File.Copy(StudioWorkspace.Inside(workspace.Variants, relative)!, StudioWorkspace.Inside(target, relative)!, overwrite: true);
    }
}
