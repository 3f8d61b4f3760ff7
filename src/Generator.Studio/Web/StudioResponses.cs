using Generator.Batch;
using Generator.Studio.Drafting;
using Generator.Studio.Sending;

namespace Generator.Studio.Web;

/// <summary>The shapes of the studio API's answers (camelCase in JSON); named types, not anonymous ones, so that their
/// JSON metadata is generated at compile time (<see cref="StudioJsonContext"/>).</summary>
internal static class StudioResponses
{
    public sealed record Info(string Workspace, List<TemplateEntry> Templates, List<DraftEntry> Drafts);
    public sealed record TemplateEntry(string Name, string Description);
    public sealed record DraftEntry(string Id, string Template, string Title, string Saved, string Notice);
    public sealed record Created(string Id);
    public sealed record Preview(string? Pdf, int Pages, IReadOnlyList<StudioProblem> Problems, IReadOnlyDictionary<string, string> Wareki, long Ms);
    public sealed record SavedPath(string? Saved);
    public sealed record DraftView(string Id, string Template, string? PreviewRecipient, string? PreviewRecipientLabel, string? Recipients,
        string Notice, string Workspace, StudioProblem? FieldsProblem, List<FieldView> Fields, Dictionary<string, object?> Values);
    public sealed record FieldView(string Key, string Label, string Type, bool Required, string? Help, object? Example,
        IReadOnlyList<string> Choices, string? Group, bool Uncertain, List<ColumnView> Columns);
    public sealed record ColumnView(string Key, string Label);
    public sealed record DirectoryEntry(string Code, string Name, string Kana, string Prefecture, string HeadTitle, string Kind);
    public sealed record RecipientTable(string Spec, string? Name, int Count, List<RecipientRow> Rows, List<StudioProblem> Problems);
    public sealed record RecipientRow(int Index, string Code, string Name, string HeadTitle, string Prefecture, string Kind, int Row);
    public sealed record Wording(string Merged, List<WordingFile> Files);
    public sealed record WordingFile(string Path, string Text, bool IsVariant);
    public sealed record WordingText(string Path, string Text);
    public sealed record SendStarted(string Job, string Output);
    public sealed record JobState(string State, BatchProgress Progress, IReadOnlyList<StudioProblem> Problems, SendSummary? Summary, string Output);
    public sealed record ProblemList(List<StudioProblem> Problems);
    public sealed record ErrorMessage(string Error);
}
