using System.Text.Json;
using Generator.Batch;

namespace Generator.Cli.Progress;

/// <summary>Progress as JSON lines (<c>--json</c>): one event per recipient per phase, for other programs.</summary>
internal sealed class JsonProgress(TextWriter output) : IProgress<BatchProgress>
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Lock gate = new();

    public void Report(BatchProgress value)
    {
        var line = JsonSerializer.Serialize(new { @event = "progress", value.Phase, value.Done, value.Total, recipient = value.Current }, Options);
        lock (gate) output.WriteLine(line);
    }
}
