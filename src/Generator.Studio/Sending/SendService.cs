using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Generator.Batch;
using Generator.Batch.Artifacts;
using Generator.Diagnostics;
using Generator.Studio.Drafting;
using Generator.Studio.Recipients;

namespace Generator.Studio.Sending;

/// <summary>
/// The mail merge from the studio: the same <see cref="BatchRunner"/> as <c>generator batch</c> (validation first, nothing
/// written on a problem, atomic output), into a fresh folder <c>&lt;workspace&gt;/runs/&lt;draft&gt;-&lt;timestamp&gt;/</c>,
/// then a ZIP of it beside the folder.
/// </summary>
public sealed class SendService(DraftingService drafting, StudioOptions options)
{
    private readonly ConcurrentDictionary<string, SendJob> jobs = new(StringComparer.Ordinal);

    /// <summary>The job with <paramref name="id"/>, or null.</summary>
    public SendJob? Find(string id) => jobs.TryGetValue(id, out var job) ? job : null;

    /// <summary>Starts sending <paramref name="draftId"/> to <paramref name="recipientSpec"/> (a selector or an upload) in the background.</summary>
    public SendJob Start(string draftId, string recipientSpec)
    {
        var draft = drafting.Drafts.Load(draftId);
        draft.Settings.Recipients = recipientSpec;
        drafting.Drafts.SaveSettings(draftId, draft.Settings);
        var job = new SendJob { Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), DraftId = draftId, OutputDirectory = FreshFolder(draftId) };
        jobs[job.Id] = job;
        _ = Task.Run(() => Run(job, draft.Settings.Template, draft.Notice, recipientSpec));
        return job;
    }

    private void Run(SendJob job, string template, IReadOnlyDictionary<string, object?> notice, string recipientSpec)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        RunPreparation.PdfFont(options.FontPath, manyDocuments: true); // while the recipients are read, as `generator batch` does
        try
        {
            var set = drafting.Recipients.Load(recipientSpec);
            if (set.HasErrors) throw new GeneratorException(set.Diagnostics);
            if (set.Recipients.Length == 0)
                throw new GeneratorException(new Diagnostic(recipientSpec, 0, 0, "宛先が一つもありません。", "宛先を選び直してください。"));
            var items = BatchItems.From(set.Recipients);
            var pdf = drafting.PdfWriter;
            // the same whole-run outputs as `generator batch --format docx,pdf`: print.pdf and labels.pdf
            var settings = new WriterSettings(options.FontPath);
            var runner = new BatchRunner(drafting.Variants.Generator, [drafting.DocxWriter, pdf], new BatchOptions
            {
                GlyphCoverage = pdf.GlyphCoverage,
                WriterSettings = settings.Fingerprint(),
                Artifacts = ArtifactCatalog.For(template, ["docx", "pdf"], settings, new ArtifactChoices { Print = true }, notice),
            });
            var result = runner.Run(template, notice, items, job.OutputDirectory, new JobProgress(job));
            var zip = job.OutputDirectory + ".zip";
            ZipFile.CreateFromDirectory(job.OutputDirectory, zip, CompressionLevel.Fastest, includeBaseDirectory: false);
            job.Complete(new SendSummary(result.Items.Count, result.Items.Sum(i => i.Files.Count),
                result.Items.Sum(i => i.Files.Sum(f => f.Pages)), Math.Round(clock.Elapsed.TotalSeconds, 1),
                result.OutputDirectory, zip, result.ArtifactFiles));
        }
        catch (GeneratorException e)
        {
            job.Fail(StudioProblem.From(e.Diagnostics));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            job.Fail([new StudioProblem("error", null, job.OutputDirectory, 0, 0, e.Message, "出力フォルダーを確認してください。")]);
        }
    }

    /// <summary>A folder name no earlier run used (a batch replaces only folders of its own; a fresh one is never anyone's).</summary>
    private string FreshFolder(string draftId)
    {
        var stamp = DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var runs = drafting.Workspace.Runs;
        var path = Path.Combine(runs, $"{draftId}-{stamp}");
        for (var n = 2; Directory.Exists(path) || File.Exists(path + ".zip"); n++) path = Path.Combine(runs, $"{draftId}-{stamp}-{n}");
        return path;
    }

    /// <summary>Forwards batch progress to the job (synchronously, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class JobProgress(SendJob job) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => job.Report(value);
    }
}
