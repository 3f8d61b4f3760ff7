using Generator.Diagnostics;

namespace Generator.Batch;

/// <summary>Which files a batch may replace: only those an earlier Generator run wrote and listed in its manifest.json,
/// and only while they still have the bytes it wrote.</summary>
/// <remarks>
/// A folder is Generator's when its manifest.json carries <see cref="BatchManifest.FormatMarker"/>. A non-empty folder
/// that is not Generator's, or a Generator folder holding anything its manifest does not list (a file, a sub-folder,
/// a link), is refused; so is a listed file edited since (its SHA-256 differs) unless the user says to overwrite edits.
/// A listed file that is missing is fine: the run makes it again.
/// </remarks>
internal static class OutputOwnership
{
    /// <summary>How many names an error lists before "and N more".</summary>
    public const int NamesListed = 20;

    private const string Marker = $"\"format\": \"{BatchManifest.FormatMarker}\"";

    /// <summary>Listed files found unedited by a check, with their size and last write time: a later check hashes only
    /// those whose size or time changed since.</summary>
    public sealed class Seen
    {
        internal Dictionary<string, (long Length, DateTime Written)> Files { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Adds a problem for each reason the batch may not replace <paramref name="outputDirectory"/>; pass the
    /// <see cref="Seen"/> of an earlier check of the same folder to skip hashing files that did not change since. The listed
    /// files are hashed on up to <paramref name="parallelism"/> threads (the run's --parallel; -1: every core).</summary>
    public static Seen Check(string outputDirectory, bool overwriteEdited, Action<Diagnostic> problem, Seen? earlier = null, int parallelism = -1)
    {
        var seen = new Seen();
        if (File.Exists(outputDirectory))
        {
            problem(new Diagnostic(outputDirectory, 0, 0, "--out names a file, not a folder.", "Choose a folder with --out (a new one is created)."));
            return seen;
        }
        if (!Directory.Exists(outputDirectory)) return seen;
        var top = Directory.EnumerateFileSystemEntries(outputDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (top.Count == 0) return seen;

        var manifest = BatchManifest.TryRead(outputDirectory);
        if (manifest is null)
        {
            var foreignManifest = File.Exists(Path.Combine(outputDirectory, BatchManifest.JsonName));
            var why = foreignManifest
                ? $"its {BatchManifest.JsonName} is not a Generator batch manifest (it lacks {Marker}: another program, or a Generator older than this format, wrote it)"
                : $"it has no Generator {BatchManifest.JsonName}";
            problem(new Diagnostic(outputDirectory, 0, 0,
                $"The output folder is not empty and was not made by Generator: {why}. A batch replaces only files that Generator wrote; it holds {Names(top.Select(n => Directory.Exists(Path.Combine(outputDirectory, n!)) ? n + "/" : n!).ToList())}.",
                foreignManifest
                    ? "Choose a new or empty folder with --out; if an older Generator made this folder, delete or rename it yourself once you have kept what you need."
                    : "Choose a new or empty folder with --out, or move these out of the folder."));
            return seen;
        }

        var listed = manifest.Files!.Select(f => f.Path).Append(BatchManifest.JsonName).ToHashSet(StringComparer.Ordinal);
        var foreign = Foreign(outputDirectory, "", listed);
        if (foreign.Count > 0)
            problem(new Diagnostic(outputDirectory, 0, 0,
                $"The output folder holds {(foreign.Count == 1 ? "an entry" : $"{foreign.Count} entries")} that the previous Generator run did not write (not listed in its {BatchManifest.JsonName}): {Names(foreign)}.",
                "Move them out of the folder (a batch replaces the whole folder), or choose another folder with --out."));

        if (overwriteEdited) return seen;
        // every listed file is hashed (a rerun into a folder of 1,788 letters: ~3,600 files), on every core (issue 17)
        var files = manifest.Files!;
        var states = new (bool Edited, (long Length, DateTime Written)? Seen)[files.Count];
        var failures = new Exception?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : -1 }, i =>
        {
            try
            {
                states[i] = Examine(outputDirectory, files[i], earlier);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures[i] = e;
            }
        });
        // what the first unreadable file in the list threw, as when the files were hashed one after another
        if (failures.FirstOrDefault(f => f is not null) is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        var edited = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            if (states[i].Edited) edited.Add(files[i].Path);
            else if (states[i].Seen is { } state) seen.Files[files[i].Path] = state;
        }
        if (edited.Count > 0)
            problem(new Diagnostic(outputDirectory, 0, 0,
                $"{(edited.Count == 1 ? "A file" : $"{edited.Count} files")} changed since Generator wrote {(edited.Count == 1 ? "it" : "them")} (SHA-256 differs from {BatchManifest.JsonName}): {Names(edited)}.",
                "Copy your edits out of the folder, or rerun with --overwrite-edited to replace them."));
        return seen;
    }

    /// <summary>"a, b, c and 3 more".</summary>
    public static string Names(IReadOnlyList<string> names) =>
        string.Join(", ", names.Take(NamesListed)) + (names.Count > NamesListed ? $" and {names.Count - NamesListed} more" : "");

    /// <summary>Entries under <paramref name="relative"/> that are not listed files or folders holding listed files; links always count.</summary>
    private static List<string> Foreign(string root, string relative, HashSet<string> listed)
    {
        var foreign = new List<string>();
        var folder = Path.Combine(root, relative);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = relative + Path.GetFileName(entry);
            var info = new FileInfo(entry);
            var isFolder = info.Attributes.HasFlag(FileAttributes.Directory);
            if (info.LinkTarget is not null) foreign.Add(isFolder ? name + "/" : name);
            else if (!isFolder) { if (!listed.Contains(name)) foreign.Add(name); }
            else if (listed.Any(l => l.StartsWith(name + "/", StringComparison.Ordinal))) foreign.AddRange(Foreign(root, name + "/", listed));
            else foreign.Add(name + "/");
        }
        return foreign;
    }

    /// <summary>Whether the file was edited (its bytes are not those <paramref name="file"/> lists); when it was not, its size
    /// and time, for a later check (none for a missing file, which the run makes again).</summary>
    private static (bool Edited, (long Length, DateTime Written)? Seen) Examine(string outputDirectory, BatchManifest.OutputFile file, Seen? earlier)
    {
        var info = new FileInfo(Path.Combine(outputDirectory, file.Path));
        if (!info.Exists) return (false, null);
        var state = (info.Length, info.LastWriteTimeUtc);
        var edited = earlier?.Files.TryGetValue(file.Path, out var before) == true && before == state
            ? false
            : info.Length != file.Bytes || BatchManifest.Sha256(info.FullName) != file.Sha256;
        return edited ? (true, null) : (false, state);
    }
}
