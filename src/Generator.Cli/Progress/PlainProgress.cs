using Generator.Batch;

namespace Generator.Cli.Progress;

/// <summary>Progress as plain lines (not on a terminal): one line per phase at every tenth, and at the end.</summary>
internal sealed class PlainProgress(TextWriter output) : IProgress<BatchProgress>
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> lastTenth = [];

    public void Report(BatchProgress value)
    {
        lock (gate)
        {
            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (lastTenth.TryGetValue(value.Phase, out var last) && last >= tenth) return;
            lastTenth[value.Phase] = tenth;
            output.WriteLine(value.Phase == "done" ? $"done: {value.Total} recipients" : $"{value.Phase}: {value.Done}/{value.Total}");
        }
    }
}
