using Generator.Batch;
using Generator.Core.Tests.Support;
using Generator.Diagnostics;
using Generator.Writers.Text;

namespace Generator.Core.Tests.Batch;

/// <summary>The batch at scale (issue 17): a letter's document is dropped once it is written, so memory stays flat, and the
/// whole-run outputs are fed each letter in recipient order while the run goes on — still nothing written on a problem.</summary>
public sealed class BatchStreamingTests
{
    private static readonly Dictionary<string, object?> Notice = new() { ["sender"] = "北海道知事", ["title"] = "取扱いについて（通知）" };

    private static List<BatchItem> Items(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new BatchItem($"{i:D6} 町{i}", $"{i:D6}_町{i}",
            new Dictionary<string, object?> { ["code"] = $"{i:D6}", ["name"] = $"町{i}", ["head_title"] = "町長" }))];

    private static BatchRunner Runner(BatchOptions options) => new(TestRendering.Tests, [new PlainTextWriter()], options);

    [Fact]
    public void Documents_already_written_are_not_kept_while_the_run_goes_on()
    {
        const int Count = 300;
        var made = new List<WeakReference>();
        var aliveAtLast = -1;
        var options = new BatchOptions
        {
            Parallelism = 1,
            DocumentCheck = (document, _) =>
            {
                made.Add(new WeakReference(document));
                if (made.Count == Count)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    aliveAtLast = made.Take(Count - 1).Count(w => w.IsAlive);
                }
                return [];
            },
        };
        var dir = TempFolder.NewPath("batch", create: false);
        Runner(options).Run("batch-letter", Notice, Items(Count), dir);

        Assert.Equal(Count, made.Count);
        // before: every document was kept from validation to the end (299 alive); now only the few in flight
        Assert.InRange(aliveAtLast, 0, 40);
        Assert.Equal(Count + 2, Directory.GetFiles(dir).Length);
    }

    [Fact]
    public void Whole_run_outputs_get_every_letter_in_order_with_its_files_written_while_later_letters_are_still_made()
    {
        const int Count = 200;
        var validated = 0;
        var feed = new RecordingArtifact(() => Volatile.Read(ref validated));
        var options = new BatchOptions
        {
            Parallelism = 4,
            Artifacts = [feed],
            DocumentCheck = (_, _) => { Interlocked.Increment(ref validated); return []; },
        };
        var dir = TempFolder.NewPath("batch", create: false);
        var result = Runner(options).Run("batch-letter", Notice, Items(Count), dir);

        Assert.Equal(Enumerable.Range(1, Count), feed.Indexes);
        Assert.All(feed.FilesWritten, Assert.True);
        // bounded hand-over: while the output took its time over the first letter, the workers stopped a few letters ahead
        Assert.InRange(feed.ValidatedAtFirst, 1, Count / 4);
        Assert.True(feed.Finished);
        Assert.Contains(RecordingArtifact.FileName, result.ArtifactFiles);
        Assert.Equal($"{Count}\n", File.ReadAllText(Path.Combine(dir, RecordingArtifact.FileName)));
    }

    [Fact]
    public void A_problem_in_the_last_recipient_still_writes_nothing_and_the_outputs_are_abandoned()
    {
        var dir = TempFolder.NewPath("batch", create: false);
        var items = Items(120);
        items[^1] = items[^1] with { Fields = new Dictionary<string, object?> { ["code"] = "000120", ["name"] = "町120" } }; // no head_title
        var feed = new RecordingArtifact(() => 0);

        var e = Assert.Throws<GeneratorException>(() => Runner(new BatchOptions { Parallelism = 2, Artifacts = [feed] }).Run("batch-letter", Notice, items, dir));

        Assert.Equal("000120 町120", Assert.Single(e.Diagnostics).Recipient);
        Assert.False(Directory.Exists(dir));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(dir)!, $".{Path.GetFileName(dir)}*"));
        Assert.False(feed.Finished);
        Assert.True(feed.Disposed);
    }

    [Fact]
    public void A_warning_found_in_every_document_is_returned_once()
    {
        var warning = new Diagnostic("notice.yaml", 3, 1, "placeholder left");
        var options = new BatchOptions { DocumentWarnings = (_, item) => item.Field("code") == "000002" ? [warning, warning with { Line = 4 }] : [warning] };
        var result = Runner(options).Run("batch-letter", Notice, Items(50), TempFolder.NewPath("batch", create: false));
        Assert.Equal([3, 4], result.Warnings.Select(w => w.Line));
    }

    /// <summary>A run that fails after its whole-run outputs started but before any letter (so no letter is ever delivered)
    /// closes the feed at once instead of waiting for letters that never come (since issue 17 the feed has a thread on every
    /// run: manifest.json's entries).</summary>
    [Fact]
    public void A_letter_feed_closed_before_any_letter_arrives_stops_its_thread()
    {
        var artifact = new RecordingArtifact(() => 0);
        using var stop = new CancellationTokenSource();
        var feed = new LetterFeed([artifact], 3, 8, stop.Token);
        var closed = Task.Run(feed.Dispose);
        Assert.True(closed.Wait(TimeSpan.FromSeconds(30)), "the feed's thread still waits for letters");
        Assert.Empty(artifact.Indexes);
    }

    /// <summary>An output that records what it was fed and writes the number of letters.</summary>
    private sealed class RecordingArtifact(Func<int> validated) : IBatchArtifactWriter, IBatchArtifactFeed
    {
        public const string FileName = "count.txt";
        private string staging = "";

        public List<int> Indexes { get; } = [];
        public List<bool> FilesWritten { get; } = [];
        public int ValidatedAtFirst { get; private set; }
        public bool Finished { get; private set; }
        public bool Disposed { get; private set; }

        public string Name => FileName;

        public bool TakesDrawnPages => false;

        public IBatchArtifactFeed Begin(string stagingDirectory, CancellationToken cancellationToken)
        {
            staging = stagingDirectory;
            return this;
        }

        public void Add(BatchLetter letter)
        {
            if (Indexes.Count == 0)
            {
                Thread.Sleep(300); // a slow output: the workers must wait for it instead of running ahead
                ValidatedAtFirst = validated();
            }
            Indexes.Add(letter.Result.Index);
            FilesWritten.Add(letter.Result.Files.All(f => File.Exists(Path.Combine(staging, f.FileName))));
        }

        public IReadOnlyList<RunFile> Finish(CancellationToken cancellationToken)
        {
            Finished = true;
            File.WriteAllText(Path.Combine(staging, FileName), $"{Indexes.Count}\n");
            return [new RunFile(FileName)];
        }

        public void Dispose() => Disposed = true;
    }
}
