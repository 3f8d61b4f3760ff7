using System.Collections;
using Generator.Data;
using Generator.Model;

namespace Generator.Conventions;

/// <summary>An addressee (宛先): its lines and the one honorific they share (様・殿・御中).</summary>
/// <param name="Lines">The lines, e.g. 「札幌市健康増進課長　山田　太郎」.</param>
/// <param name="Honorific">様 or 殿 for a person or an office holder; 御中 for an organisation (課), never both; empty when the data's 宛名 carries its own.</param>
public sealed record AddresseeText(IReadOnlyList<string> Lines, string Honorific)
{
    /// <summary>One line as a label or an e-mail's To name shows it: 「札幌市長　様」, 「札幌市健康増進課　御中」.</summary>
    public override string ToString() => string.Join("\u3000", Lines) + (Honorific.Length == 0 ? "" : "\u3000" + Honorific);
}

/// <summary>
/// The one place that says to whom a merge document is addressed, from the recipient's fields and the template's choice
/// (notice.yaml <c>addressed_to</c>): the document (template function <c>addressee_of</c>, <see cref="AddresseeFunctions"/>, in partials/addressee/body-head), the address label and the e-mail's To
/// name all follow it. Rules (docs/recipients.md, "Addressee"):
/// <list type="number">
/// <item>The data's own 宛名 (<c>addressee</c>) wins; one that ends in 様・殿・御中 is printed as it is, without another honorific.</item>
/// <item><c>title</c>: the body's name + 担当課 + 役職 (+ 担当者), 「札幌市健康増進課長　山田　太郎　様」; without 役職, as <c>department</c>.</item>
/// <item><c>department</c>: the body's name + 担当課 and 御中, 「札幌市健康増進課　御中」; without 担当課, as <c>head</c>.</item>
/// <item><c>head</c> (default): the body's head (+ 首長名), 「札幌市長　様」.</item>
/// </list>
/// A person or office holder takes the notice's honorific (様 unless 殿 is chosen); an organisation takes 御中, never 様.
/// </summary>
public static class AddresseeRules
{
    /// <summary>Choice <c>head</c>: the head of the body (首長).</summary>
    public const string Head = "head";
    /// <summary>Choice <c>title</c>: the official of the 担当課 named by 役職 (and 担当者).</summary>
    public const string Title = "title";
    /// <summary>Choice <c>department</c>: the 担当課 itself, with 御中.</summary>
    public const string Department = "department";

    /// <summary>The honorific of an organisation.</summary>
    public const string ForOrganisation = "御中";

    private const string DefaultHonorific = "様";
    private static readonly string[] Honorifics = [ForOrganisation, "様", "殿"];

    /// <summary>The addressee of a recipient (<paramref name="field"/> gives a field's text, "" when absent) under
    /// <paramref name="choice"/> (head, title, department; null: head), a person taking <paramref name="honorific"/> (null: 様).</summary>
    public static AddresseeText For(Func<string, string> field, string? choice, string? honorific)
    {
        var personal = string.IsNullOrWhiteSpace(honorific) || honorific.Trim() == ForOrganisation ? DefaultHonorific : honorific.Trim();
        var name = field(RecipientFieldNames.Name);
        var own = field(RecipientFieldNames.Addressee);
        if (own.Length > 0)
        {
            // 「札幌市総務局御中」, 「札幌市長　髙橋様」: printed as the data has it, with no second honorific
            return Honorifics.Any(h => own.EndsWith(h, StringComparison.Ordinal) && own.Length > h.Length) ? new([own], "") : new([own], personal);
        }
        var department = field(RecipientFieldNames.Department);
        var title = field(RecipientFieldNames.Title);
        var person = field(RecipientFieldNames.Person);
        switch (choice?.Trim() ?? Head)
        {
            case Title when title.Length > 0:
                return new([WithPerson(Prefixed(name, OfficeTitle(department, title)), person)], personal);
            case Title or Department when department.Length > 0:
                return new([Prefixed(name, department)], ForOrganisation);
        }
        var headTitle = field(RecipientFieldNames.HeadTitle);
        if (headTitle.Length == 0 && field(RecipientFieldNames.Kind) is { Length: > 0 } kind) headTitle = LegalRegimeFunctions.HeadTitle(kind);
        return new([WithPerson(HeadTitleFunctions.HeadOf(name, headTitle), field(RecipientFieldNames.HeadName))], personal);
    }

    /// <summary>The addressee a document shows (its first 宛先 group), or null when it has none.</summary>
    public static AddresseeText? Of(Document document) =>
        document.Blocks.OfType<AddresseeGroup>().FirstOrDefault() is { } group ? new(group.Lines, group.Honorific ?? "") : null;

    /// <summary>The addressee a document shows, else the recipient's by default rules (for a document without 宛先).</summary>
    public static AddresseeText Of(Document document, IReadOnlyDictionary<string, object?> fields) =>
        Of(document) ?? For(key => fields.TryGetValue(key, out var v) ? v?.ToString()?.Trim() ?? "" : "", null, null);

    /// <summary>The official's designation within the department: 健康増進課 + 課長 → 健康増進課長; 保健福祉局 + 局長 → 保健福祉局長.</summary>
    private static string OfficeTitle(string department, string title)
    {
        if (department.Length == 0 || title.StartsWith(department, StringComparison.Ordinal)) return title;
        return title.Length >= 2 && department[^1] == title[0] ? department + title[1..] : department + title;
    }

    private static string Prefixed(string name, string line) => line.StartsWith(name, StringComparison.Ordinal) ? line : name + line;

    private static string WithPerson(string line, string person) => person.Length == 0 ? line : line + "\u3000" + person;
}
