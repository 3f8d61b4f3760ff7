namespace Generator.IO;

/// <summary>Recognises the exceptions with which writing a file fails for reasons outside the program — full disk,
/// no permission, a file where a folder should be, a file-size limit — so that they are reported as a clear error.</summary>
public static class WriteFailure
{
    /// <summary>True for <see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>, and the
    /// <see cref="ArgumentOutOfRangeException"/> that System.IO throws when a file outgrows the file system's limit (EFBIG).</summary>
    public static bool Is(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => true,
        ArgumentOutOfRangeException => ThrownInSystemIO(e),
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(Is),
        _ => false,
    };

    /// <summary>True when the frame that threw <paramref name="e"/> is a System.IO method, read from the stack trace's
    /// first line (「   at System.IO.RandomAccess.WriteAtOffset(…)」): unlike <see cref="Exception.TargetSite"/>, the stack
    /// trace keeps the method's name in the Native AOT build.</summary>
    private static bool ThrownInSystemIO(Exception e)
    {
        var trace = e.StackTrace.AsSpan().TrimStart();
        var end = trace.IndexOf('\n');
        var first = end < 0 ? trace : trace[..end];
        return first.StartsWith("at System.IO.", StringComparison.Ordinal);
    }

    /// <summary>The message to show: the first inner failure's for an <see cref="AggregateException"/>.</summary>
    public static string Message(Exception e) => e is AggregateException a ? Message(a.InnerExceptions[0]) : e.Message;
}
