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
            foreach (var e in parse.Errors) error.WriteLine($"generator: {e.Message}");
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
            return InputError;
        }
    }
}
