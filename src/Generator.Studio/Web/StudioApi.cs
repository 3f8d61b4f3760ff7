using System.Text.Json;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Studio.Drafting;
using Generator.Studio.Recipients;
using Generator.Studio.Sending;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Generator.Studio.Web;

/// <summary>The studio's pages and JSON API (minimal APIs); a thin layer over <see cref="DraftingService"/> and <see cref="SendService"/>.</summary>
internal static class StudioApi
{
    /// <summary>Rows of a recipient table sent to the page (the rest are counted).</summary>
    private const int MaxRows = 2000;

    public static void Map(WebApplication app, DraftingService drafting, SendService sending)
    {
        app.MapGet("/", context => EmbeddedAssets.Serve(context, "index.html"));
        app.MapGet("/draft/{id}", context => EmbeddedAssets.Serve(context, "draft.html"));
        app.MapGet("/favicon.ico", () => Results.NoContent());
        app.MapGet("/static/{**path}", (HttpContext context, string path) => EmbeddedAssets.Serve(context, path));

        var api = app.MapGroup("/api");
        api.MapGet("/info", () => StudioJson.Result(new StudioResponses.Info(
            drafting.Workspace.Root,
            [.. drafting.Templates().Select(t => new StudioResponses.TemplateEntry(t.Name, t.Description))],
            [.. drafting.Drafts.List().Select(d => new StudioResponses.DraftEntry(
                d.Id, d.Settings.Template, d.Problem is null ? Title(d.Notice) : $"（notice.yaml を読めません: {d.Problem}）",
                d.Saved.ToLocalTime().ToString("yyyy-MM-dd HH:mm"),
                drafting.Drafts.NoticePath(d.Id)))])));
        api.MapPost("/drafts", (CreateDraft body) => Guarded(() =>
        {
            var draft = drafting.Create(body.Template ?? "");
            return StudioJson.Result(new StudioResponses.Created(draft.Id));
        }));
        api.MapGet("/drafts/{id}", (string id) => Guarded(() => DraftJson(drafting, id)));
        api.MapPost("/drafts/{id}/preview", (string id, PreviewRequest body) => Guarded(() =>
        {
            var result = drafting.Preview(id, body.Values ?? [], body.Recipient);
            return StudioJson.Result(new StudioResponses.Preview(
                result.Pdf is null ? null : Convert.ToBase64String(result.Pdf), result.Pages, result.Problems, result.Wareki, result.Milliseconds));
        }));
        api.MapPost("/drafts/{id}/save", (string id, PreviewRequest body) => Guarded(() =>
        {
            drafting.Save(id, body.Values ?? []);
            return StudioJson.Result(new StudioResponses.SavedPath(drafting.Drafts.NoticePath(id)));
        }));
        api.MapGet("/drafts/{id}/document", (string id, string? format, string? recipient) => Guarded(() =>
        {
            var kind = format == "docx" ? "docx" : "pdf";
            var (bytes, name) = drafting.Document(id, kind, recipient);
            return Results.File(bytes, kind == "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
        }));

        api.MapGet("/directory", (string? q) => StudioJson.Result<List<StudioResponses.DirectoryEntry>>([.. StudioRecipients.Search(q ?? "").Select(e =>
            new StudioResponses.DirectoryEntry(e.Code, e.Name, e.Kana, e.Prefecture, e.HeadTitle, e.Kind.ToFieldValue()))]));
        api.MapGet("/prefectures", () => StudioJson.Result<List<string>>([.. LocalGovernmentDirectory.Default.Prefectures.Select(p => p.Name)]));
        api.MapPost("/recipients/load", (LoadRecipients body) => Guarded(() => RecipientsJson(drafting.Recipients, body.Spec ?? "", null)));
        api.MapPost("/recipients/upload", async (HttpRequest request) =>
        {
            if (!request.HasFormContentType) return Results.BadRequest("multipart/form-data expected");
            var form = await request.ReadFormAsync();
            if (form.Files.Count != 1) return Results.BadRequest("one file expected");
            var file = form.Files[0];
            return Guarded(() =>
            {
                using var stream = file.OpenReadStream();
                var upload = drafting.Recipients.Store(file.FileName, stream);
                return RecipientsJson(drafting.Recipients, $"upload:{upload.Id}", upload.DisplayName);
            });
        }).DisableAntiforgery();

        api.MapGet("/wording", (string draft) => Guarded(() =>
        {
            var template = drafting.Drafts.Load(draft).Settings.Template;
            return StudioJson.Result(new StudioResponses.Wording(
                drafting.Variants.MergedDirectory,
                [.. drafting.Variants.FilesOf(template).Select(f =>
                {
                    var (text, isVariant) = drafting.Variants.Read(f);
                    return new StudioResponses.WordingFile(f, text, isVariant);
                })]));
        }));
        api.MapPut("/wording", (WordingEdit body) => Guarded(() =>
        {
            drafting.Variants.Save(body.Path ?? "", body.Text ?? "");
            return StudioJson.Result(new StudioResponses.SavedPath(body.Path));
        }));
        api.MapDelete("/wording", (string path) => Guarded(() =>
        {
            drafting.Variants.Reset(path);
            return StudioJson.Result(new StudioResponses.WordingText(path, drafting.Variants.Read(path).Text));
        }));

        api.MapPost("/drafts/{id}/send", (string id, SendRequest body) => Guarded(() =>
        {
            var job = sending.Start(id, body.Recipients ?? "");
            return StudioJson.Result(new StudioResponses.SendStarted(job.Id, job.OutputDirectory));
        }));
        api.MapGet("/jobs/{id}", (string id) => sending.Find(id) is { } job
            ? StudioJson.Result(new StudioResponses.JobState(job.State, job.Progress, job.Problems, job.Summary, job.OutputDirectory))
            : Results.NotFound());
        api.MapGet("/jobs/{id}/zip", (string id) => sending.Find(id) is { Summary: { } summary }
            ? Results.File(summary.Zip, "application/zip", Path.GetFileName(summary.Zip))
            : Results.NotFound());
    }

    private static IResult DraftJson(DraftingService drafting, string id)
    {
        var draft = drafting.Drafts.Load(id);
        var (set, problem) = drafting.Fields(draft.Settings.Template);
        var fields = set?.Fields ?? [];
        return StudioJson.Result(new StudioResponses.DraftView(
            draft.Id,
            draft.Settings.Template,
            draft.Settings.PreviewRecipient,
            PreviewLabel(drafting, draft.Settings.PreviewRecipient),
            draft.Settings.Recipients,
            drafting.Drafts.NoticePath(id),
            drafting.Workspace.Root,
            problem is null ? null : StudioProblem.From(problem),
            [.. fields.Select(f => new StudioResponses.FieldView(
                f.Key, f.Label, f.TypeName, f.Required, f.Help, f.Example, f.Choices, f.Group, f.Uncertain,
                [.. f.Columns.Select(c => new StudioResponses.ColumnView(c.Key, c.Label))]))],
            fields.ToDictionary(f => f.Key, f => NoticeForm.ValueOf(draft.Notice, f))));
    }

    private static IResult RecipientsJson(StudioRecipients source, string spec, string? uploadName)
    {
        var set = source.Load(spec);
        return StudioJson.Result(new StudioResponses.RecipientTable(
            spec,
            uploadName,
            set.Recipients.Length,
            [.. set.Recipients.Take(MaxRows).Select((r, i) => new StudioResponses.RecipientRow(i, r.Code, r.Name, r.HeadTitle, r.Prefecture, r.Kind.ToFieldValue(), r.Source.Row))],
            StudioProblem.From(set.Diagnostics)));
    }

    private static string? PreviewLabel(DraftingService drafting, string? spec)
    {
        try { return spec is null ? null : drafting.Recipients.Single(spec).Label; }
        catch (GeneratorException) { return spec; }
    }

    private static string Title(IReadOnlyDictionary<string, object?> notice) =>
        notice.TryGetValue("title", out var t) && t is string s ? s
        : notice.TryGetValue("circular", out var c) && c is IReadOnlyDictionary<string, object?> m && m.TryGetValue("title", out var ct) && ct is string cs ? cs
        : "";

    /// <summary>Runs an endpoint body: bad input becomes 422 with the problems, an unknown id 404, a bad name 400.</summary>
    private static IResult Guarded(Func<IResult> body)
    {
        try { return body(); }
        catch (GeneratorException e) { return StudioJson.Result(new StudioResponses.ProblemList(StudioProblem.From(e.Diagnostics)), StatusCodes.Status422UnprocessableEntity); }
        catch (KeyNotFoundException e) { return StudioJson.Result(new StudioResponses.ErrorMessage(e.Message), StatusCodes.Status404NotFound); }
        catch (ArgumentException e) { return StudioJson.Result(new StudioResponses.ErrorMessage(e.Message), StatusCodes.Status400BadRequest); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) // e.g. a file held open by another program
        {
            return StudioJson.Result(new StudioResponses.ErrorMessage($"ファイルを読み書きできませんでした: {e.Message}"), StatusCodes.Status500InternalServerError);
        }
    }

    internal sealed record CreateDraft(string? Template);
    internal sealed record PreviewRequest(Dictionary<string, JsonElement>? Values, string? Recipient);
    internal sealed record LoadRecipients(string? Spec);
    internal sealed record WordingEdit(string? Path, string? Text);
    internal sealed record SendRequest(string? Recipients);
}
