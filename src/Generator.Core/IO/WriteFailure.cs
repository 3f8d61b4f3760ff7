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
        ArgumentOutOfRangeException => e.TargetSite?.DeclaringType?.Namespace == "System.IO",
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(Is),
        _ => false,
    };

    /// <summary>The message to show: the first inner failure's for an <see cref="AggregateException"/>.</summary>
    public static string Message(Exception e) => e is AggregateException a ? Message(a.InnerExceptions[0]) : e.Message;
}
