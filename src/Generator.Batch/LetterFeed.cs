using System.Runtime.ExceptionServices;

namespace Generator.Batch;

/// <summary>Hands the finished letters to the whole-run outputs (<see cref="IBatchArtifactFeed"/>) in recipient order, on a
/// thread of its own, while later letters are still being made. Bounded: a worker takes a slot before it takes its next
/// recipient and the feed gives the slot back once that letter is handed on, so the workers never run more than
/// <c>capacity</c> letters ahead and at most that many finished letters wait in memory.</summary>
/// <remarks>A letter that was not written (a problem was found) is handed in as null: from then on nothing more is fed
/// (the run will fail), and the letters are only counted off.</remarks>
internal sealed class LetterFeed : IDisposable
{
    private readonly IReadOnlyList<IBatchArtifactFeed> feeds;
    private readonly int count;
    private readonly SemaphoreSlim slots;
    private readonly object sync = new();
    private readonly Dictionary<int, BatchLetter?> arrived = [];
    private readonly CancellationToken token;
    private readonly CancellationTokenRegistration wake;
    private readonly Thread? thread;
    private ExceptionDispatchInfo? failure;
    private bool closed; // disposed: the thread stops waiting for letters

    /// <param name="feeds">The outputs to feed; none: the feed does nothing.</param>
    /// <param name="count">Letters the run makes.</param>
    /// <param name="capacity">Letters that may be taken but not yet handed on.</param>
    /// <param name="token">Stops the feed (the run failed or was cancelled).</param>
    public LetterFeed(IReadOnlyList<IBatchArtifactFeed> feeds, int count, int capacity, CancellationToken token)
    {
        this.feeds = feeds;
        this.count = count;
        this.token = token;
        slots = new SemaphoreSlim(Math.Max(1, capacity));
        wake = token.Register(() => { lock (sync) Monitor.PulseAll(sync); });
        if (feeds.Count == 0 || count == 0) return;
        thread = new Thread(Run) { IsBackground = true, Name = "batch letter feed" };
        thread.Start();
    }

    /// <summary>Waits for a free slot before a worker takes its next recipient.</summary>
    public void Reserve()
    {
        if (thread is not null) slots.Wait(token);
    }

    /// <summary>Gives a slot back unused (the worker found no recipient left).</summary>
    public void Unreserve()
    {
        if (thread is not null) slots.Release();
    }

    /// <summary>Hands in the letter of the recipient at <paramref name="index"/> (0-based), or null when it was not written.</summary>
    public void Deliver(int index, BatchLetter? letter)
    {
        if (thread is null) return;
        lock (sync)
        {
            arrived[index] = letter;
            Monitor.PulseAll(sync);
        }
    }

    /// <summary>Waits until every letter was handed on; rethrows what an output threw.</summary>
    public void Complete()
    {
        thread?.Join();
        token.ThrowIfCancellationRequested();
        failure?.Throw();
    }

    private void Run()
    {
        var feeding = true;
        for (var i = 0; i < count; i++)
        {
            BatchLetter? letter;
            lock (sync)
            {
                while (!arrived.Remove(i, out letter))
                {
                    if (token.IsCancellationRequested || closed) return;
                    Monitor.Wait(sync);
                }
            }
            feeding &= letter is not null;
            if (feeding)
            {
                try
                {
                    foreach (var feed in feeds) feed.Add(letter!);
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                    feeding = false;
                }
            }
            slots.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // the thread ends once every letter is in, the token is cancelled, or here: the run failed before its letters
        lock (sync)
        {
            closed = true;
            Monitor.PulseAll(sync);
        }
        thread?.Join();
        wake.Dispose();
        slots.Dispose();
    }
}
