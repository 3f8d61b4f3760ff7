using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Generator.Batch;

namespace Generator.Cli.Progress;

/// <summary>Progress as JSON lines (<c>--json</c>): one event per recipient per phase, for other programs.</summary>
internal sealed class JsonProgress(TextWriter output) : IProgress<BatchProgress>
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ProgressJsonContext.Default,
    };

    private static readonly JsonTypeInfo<ProgressEvent> EventInfo = (JsonTypeInfo<ProgressEvent>)Options.GetTypeInfo(typeof(ProgressEvent));

    private readonly Lock gate = new();

    public void Report(BatchProgress value)
    {
        var line = JsonSerializer.Serialize(new ProgressEvent("progress", value.Phase, value.Done, value.Total, value.Current), EventInfo);
        lock (gate) output.WriteLine(line);
    }
}

/// <summary>One line of <c>--json</c> progress: <c>{"event":"progress","phase":…,"done":…,"total":…,"recipient":…}</c>.</summary>
internal sealed record ProgressEvent(string Event, string Phase, int Done, int Total, string? Recipient);

/// <summary>Compile-time JSON metadata for <see cref="ProgressEvent"/> (the Native AOT build, issue 17).</summary>
[JsonSerializable(typeof(ProgressEvent))]
internal sealed partial class ProgressJsonContext : JsonSerializerContext;
