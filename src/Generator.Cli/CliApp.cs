using System.CommandLine;
using Generator.Cli.Commands;
using Generator.Diagnostics;

namespace Generator.Cli;

/// <summary>Builds the command tree; <see cref="Run"/> runs it against any writers, so tests run the CLI in memory.</summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;
    /// <summary>Exit code when an input (template, data, recipients) has problems.</summary>
    public const int InputError = 1;
    /// <summary>Exit code for a bad command line.</summary>
    public const int UsageError = 2;
    /// <summary>Exit code for an unexpected failure (a bug): reported as <c>generator: internal error: …</c>.</summary>
    public const int InternalError = 3;

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given output and error writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("generator — drafts Japanese official documents (通知・周知, 諮問書, 付議資料) from templates and data.")
        {
            RenderCommand.Create(console),
            CheckCommand.Create(console),
            TemplatesCommand.Create(console),
            BatchCommand.Create(console),
            StudioCommand.Create(console),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"generator: {PlainTypeNames(e.Message)}");
            error.WriteLine("Run 'generator --help' or 'generator <command> --help' for usage.");
            return UsageError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (GeneratorException e)
        {
            console.Report(e.Diagnostics);
            return InputError;
        }
        catch (DirectoryNotFoundException e)
        {
            error.WriteLine($"generator: error: {e.Message}");
            error.WriteLine("Check the path: every part of it must be an existing folder, not a file.");
            return InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // e.g. --out on a read-only disk, a file locked by Excel, a folder without permission
            error.WriteLine($"generator: error: {e.Message}");
            error.WriteLine("Check that the folder exists and can be written, and that no other program (Excel, Word, a PDF viewer) has the file open.");
            return InputError;
        }
        catch (Exception e)
        {
            // last resort: known cases have their own messages above
            error.WriteLine($"generator: internal error: {e.GetType().Name}: {e.Message}");
            error.WriteLine("This is a bug in generator. Please report it with the command you ran and this message.");
            return InternalError;
        }
    }

    /// <summary>Replaces .NET type names that System.CommandLine puts in some messages (e.g. <c>System.Nullable`1[System.Int32]</c>) by plain words.</summary>
    internal static string PlainTypeNames(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"'?System\.[\w.`\[\]]+'?", m => m.Value switch
        {
            var t when t.Contains("Int32") || t.Contains("Int64") => "a whole number",
            var t when t.Contains("Boolean") => "true or false",
            var t when t.Contains("FileInfo") => "a file path",
            var t when t.Contains("DirectoryInfo") => "a folder path",
            _ => "a different value",
        });
}
