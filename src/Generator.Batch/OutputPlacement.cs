using Generator.Diagnostics;
using Generator.IO;

namespace Generator.Batch;

/// <summary>Folders a batch never uses as its output folder, because replacing them would lose a user's files: the
/// current folder and its ancestors, the home folder and its ancestors, a drive or file-system root, a folder holding
/// one of the run's inputs, and any folder inside an input folder (the templates folder).</summary>
/// <remarks>All paths are compared as real paths (symbolic links resolved).</remarks>
internal static class OutputPlacement
{
    /// <summary>Problems with <paramref name="outputDirectory"/> (a real path) as the output folder of a run reading <paramref name="inputs"/>.</summary>
    public static List<Diagnostic> Check(string outputDirectory, IReadOnlyList<string> inputs)
    {
        var problems = new List<Diagnostic>();
        const string OwnFolder = "Choose a new folder of its own with --out (e.g. output/<template>).";
        void Refuse(string message, string hint = OwnFolder) => problems.Add(new Diagnostic(outputDirectory, 0, 0, message, hint));

        var root = Path.GetPathRoot(outputDirectory);
        if (root is not null && RealPath.IsSameOrInside(root, outputDirectory))
            Refuse("--out is the root of a drive or file system.");
        else if (RealPath.IsSameOrInside(RealPath.Of(Environment.CurrentDirectory), outputDirectory))
            Refuse("--out is the current folder or one of its parents.");
        else if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home && RealPath.IsSameOrInside(RealPath.Of(home), outputDirectory))
            Refuse("--out is your home folder or one of its parents.");

        foreach (var input in inputs.Where(i => i.Length > 0).Select(RealPath.Of).Distinct())
        {
            if (RealPath.IsSameOrInside(input, outputDirectory))
                Refuse($"{input} is read by this run and lies in the output folder (or is it), which the run replaces.",
                    "Move the input out of the output folder, or choose another folder with --out.");
            else if (Directory.Exists(input) && RealPath.IsSameOrInside(outputDirectory, input))
                Refuse($"--out lies inside {input}, a folder this run reads (such as the templates folder).");
        }
        return problems;
    }
}
