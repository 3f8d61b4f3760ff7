namespace Generator.Studio.Workspace;

/// <summary>
/// The user's folder (default <c>generator-workspace/</c> beside where the studio was started): <c>drafts/</c>,
/// <c>templates/</c> (the user's own variants of template files), <c>uploads/</c> (recipient files), <c>runs/</c> (sends).
/// Every path the studio touches is made here from names it checked; nothing from the browser becomes a path unchecked.
/// </summary>
public sealed class StudioWorkspace
{
    /// <summary>Opens (and creates) the workspace at <paramref name="directory"/>.</summary>
    public StudioWorkspace(string directory)
    {
        Root = Path.GetFullPath(directory);
        foreach (var d in new[] { Root, Drafts, Variants, Uploads, Runs }) Directory.CreateDirectory(d);
    }

    /// <summary>Absolute path of the workspace.</summary>
    public string Root { get; }

    /// <summary><c>drafts/&lt;id&gt;/notice.yaml</c> and <c>draft.yaml</c>.</summary>
    public string Drafts => Path.Combine(Root, "drafts");

    /// <summary><c>templates/</c>: edited template files, at the same relative paths as in the built-in templates folder.</summary>
    public string Variants => Path.Combine(Root, "templates");

    /// <summary><c>uploads/</c>: recipient files, under names the studio makes.</summary>
    public string Uploads => Path.Combine(Root, "uploads");

    /// <summary><c>runs/</c>: one folder per send, <c>&lt;draft&gt;-&lt;timestamp&gt;</c>, and its ZIP.</summary>
    public string Runs => Path.Combine(Root, "runs");

    /// <summary>Working files of the studio itself (the merged templates folder).</summary>
    public string Internal => Path.Combine(Root, ".studio");

    /// <summary>The default workspace: <c>generator-workspace/</c> in <paramref name="startDirectory"/>.</summary>
    public static string DefaultPath(string startDirectory) => Path.Combine(startDirectory, "generator-workspace");

    /// <summary>Resolves <paramref name="relative"/> under <paramref name="folder"/>; null when it would leave it.</summary>
    public static string? Inside(string folder, string relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative) || relative.Replace('\\', '/').Split('/').Any(p => p is ".." or "." or ""))
            return null;
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        return full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
