using Generator.Batch;
using Spectre.Console;

namespace Generator.Cli.Progress;

/// <summary>A progress bar with count and ETA, on a terminal (Spectre.Console).</summary>
internal static class TerminalProgress
{
    /// <summary>Runs <paramref name="work"/> while showing one bar per phase.</summary>
    public static T Run<T>(Func<IProgress<BatchProgress>, T> work)
    {
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var gate = new Lock();
                var progress = new Reporter(value =>
                {
                    lock (gate)
                    {
                        if (value.Phase == "done") return;
                        if (!tasks.TryGetValue(value.Phase, out var task))
                            tasks[value.Phase] = task = context.AddTask(Label(value.Phase), maxValue: Math.Max(1, value.Total));
                        task.Value = value.Done;
                        task.Description = $"{Label(value.Phase)} {value.Done}/{value.Total}";
                    }
                });
                result = work(progress);
                foreach (var task in tasks.Values) task.Value = task.MaxValue;
            });
        return result;
    }

    private static string Label(string phase) => phase switch
    {
        "validate" => "検証 validate",
        "write" => "出力 write",
        "artifacts" => "一括 artifacts",
        _ => phase,
    };

    private sealed class Reporter(Action<BatchProgress> action) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => action(value);
    }
}
