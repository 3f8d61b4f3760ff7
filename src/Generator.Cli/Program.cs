namespace Generator.Cli;

/// <summary>Entry point of the <c>generator</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the exit code (0 success, 1 input problems, 2 usage).</summary>
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}
