using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Cli;

/// <summary>Where commands write: normal output and errors (diagnostics one per line, compiler style).</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out => output;
    public TextWriter Error => error;

    /// <summary>True when writing to a real terminal (progress bars); false for redirected output and in-memory runs.</summary>
    public bool IsTerminal => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>Writes each diagnostic on its own line, control and bidi characters escaped as &lt;U+001B&gt; (never raw to the terminal).</summary>
    public void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) error.WriteLine(UnsafeCharacters.Escape(d.ToString()));
        error.WriteLine(diagnostics.Count == 1 ? "1 problem found; nothing was written." : $"{diagnostics.Count} problems found; nothing was written.");
    }
}
