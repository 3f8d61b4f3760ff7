namespace Generator.Diagnostics;

/// <summary>Marks an error about one data value (a bad date given to a function, a list printed as text) with that value,
/// in <see cref="Exception.Data"/>, so that it can be reported at the data file's own line (notice.yaml) instead of the template's.</summary>
public static class RejectedValue
{
    /// <summary>Key of the value in <see cref="Exception.Data"/>.</summary>
    public const string Key = "Generator.RejectedValue";

    /// <summary>An <see cref="ArgumentException"/> carrying <paramref name="value"/>.</summary>
    public static ArgumentException Error(string message, object? value) => Mark(new ArgumentException(message), value);

    /// <summary>Attaches <paramref name="value"/> to <paramref name="exception"/> and returns it.</summary>
    public static T Mark<T>(T exception, object? value) where T : Exception
    {
        exception.Data[Key] = value;
        return exception;
    }

    /// <summary>The value an exception carries, if it carries one.</summary>
    public static bool TryGet(Exception? exception, out object? value)
    {
        value = null;
        if (exception is null || !exception.Data.Contains(Key)) return false;
        value = exception.Data[Key];
        return true;
    }
}
