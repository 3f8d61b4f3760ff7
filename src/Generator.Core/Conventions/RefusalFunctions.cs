namespace Generator.Conventions;

/// <summary>Lets a template stop a document it must not draft for this recipient and date, with a reason and a hint.</summary>
public static class RefusalFunctions
{
    /// <summary>
    /// Stops the document: <c>refuse "a 地方独立行政法人 cannot itself refer a matter to a council" "Draft it for the founding body."</c>
    /// reports <c>template(line,col): error: reason. — hint</c> and nothing is written.
    /// </summary>
    /// <exception cref="DocumentRefusedException">Always.</exception>
    public static string Refuse(string reason, string hint) => throw new DocumentRefusedException(reason, hint);
}
