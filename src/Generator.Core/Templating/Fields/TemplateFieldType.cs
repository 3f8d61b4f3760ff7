namespace Generator.Templating;

/// <summary>The kind of value a template field takes (<c>type:</c> in fields.yaml).</summary>
public enum TemplateFieldType
{
    /// <summary><c>text</c>: one line of text.</summary>
    Text,

    /// <summary><c>multiline</c>: text that may span several lines.</summary>
    Multiline,

    /// <summary><c>date</c>: a date written YYYY-MM-DD.</summary>
    Date,

    /// <summary><c>integer</c>: a whole number written in digits (e.g. an article number).</summary>
    Integer,

    /// <summary><c>list</c>: a list of lines of text (addressees, document numbers, attachments).</summary>
    List,

    /// <summary><c>choice</c>: one of the declared <see cref="TemplateField.Choices"/>.</summary>
    Choice,

    /// <summary><c>table</c>: a list of rows, each a mapping of the declared <see cref="TemplateField.Columns"/> (e.g. 提供する情報の項目: 区分・内容).</summary>
    Table,
}
