using Generator.Batch;

namespace Generator.Studio.Sending;

/// <summary>A send in progress or finished, as the page polls it.</summary>
public sealed class SendJob
{
    private readonly Lock gate = new();

    /// <summary>Random id the page polls with.</summary>
    public required string Id { get; init; }

    /// <summary>The draft sent.</summary>
    public required string DraftId { get; init; }

    /// <summary>The run's output folder, <c>&lt;workspace&gt;/runs/&lt;draft&gt;-&lt;timestamp&gt;</c>.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>running, done or failed.</summary>
    public string State { get; private set; } = "running";

    /// <summary>The last progress the batch reported.</summary>
    public BatchProgress Progress { get; private set; } = new("validate", 0, 0, null);

    /// <summary>Problems that stopped the run (nothing was written).</summary>
    public IReadOnlyList<Drafting.StudioProblem> Problems { get; private set; } = [];

    /// <summary>The summary once done.</summary>
    public SendSummary? Summary { get; private set; }

    /// <summary>Records progress (thread-safe; phases only move forward).</summary>
    public void Report(BatchProgress progress)
    {
        lock (gate)
        {
            if (progress.Phase != Progress.Phase || progress.Done >= Progress.Done) Progress = progress;
        }
    }

    /// <summary>Marks the job done.</summary>
    public void Complete(SendSummary summary)
    {
        lock (gate) (Summary, State) = (summary, "done");
    }

    /// <summary>Marks the job failed with its problems.</summary>
    public void Fail(IReadOnlyList<Drafting.StudioProblem> problems)
    {
        lock (gate) (Problems, State) = (problems, "failed");
    }
}

/// <summary>What a finished send made.</summary>
/// <param name="Recipients">Recipients.</param>
/// <param name="Documents">Files written for them.</param>
/// <param name="Pages">PDF pages in all.</param>
/// <param name="Seconds">Wall time.</param>
/// <param name="OutputDirectory">The run folder.</param>
/// <param name="Zip">The ZIP of the run folder (beside it).</param>
/// <param name="RunFiles">Whole-run files (manifests, print PDF, labels).</param>
public sealed record SendSummary(int Recipients, int Documents, int Pages, double Seconds, string OutputDirectory, string Zip, IReadOnlyList<string> RunFiles);
