using Generator.Diagnostics;
using Generator.Templating;

namespace Generator.Core.Tests.Templates;

/// <summary>fields.yaml: parsing with line/column errors, validating a notice against it, and the example notice.</summary>
public sealed class TemplateFieldSetTests
{
    private const string Declaration = """
        description: テスト用の様式
        fields:
          - key: number
            label: 文書番号
            type: text
            required: true
            help: 発信者の文書番号
            example: 保福第1234号
          - key: start
            label: 開始日
            type: date
            required: true
            example: 2024-06-03
          - key: kind
            label: 種別
            type: choice
            choices: [通知, 周知]
            example: 通知
          - key: law.number
            label: 法律番号
            type: integer
            example: "28"
            group: 法律
          - key: addressees
            label: 宛先
            type: list
            example: [各都道府県知事]
          - key: items
            label: 提供する情報の項目
            type: table
            columns:
              - key: category
                label: 区分
                type: text
                required: true
              - key: content
                label: 内容
                type: multiline
            example:
              - category: 基本情報
                content: 性別
        """;

    private static TemplateFieldSet Set() => TemplateFieldSet.Parse(Declaration, "sample", "fields.yaml");

    [Fact]
    public void Parses_every_property()
    {
        var set = Set();
        Assert.Equal("テスト用の様式", set.Description);
        Assert.Equal(["number", "start", "kind", "law.number", "addressees", "items"], set.Fields.Select(f => f.Key));
        var number = set.Fields[0];
        Assert.Equal(new TemplateField("number", "文書番号", TemplateFieldType.Text, true, "発信者の文書番号", "保福第1234号", [], null, false) { Choices = number.Choices }, number);
        Assert.Equal(["通知", "周知"], set.Find("kind")!.Choices);
        Assert.Equal("法律", set.Find("law.number")!.Group);
        Assert.Equal(["各都道府県知事"], (IReadOnlyList<string>)set.Find("addressees")!.Example!);
        Assert.Equal(["category", "content"], set.Find("items")!.Columns.Select(c => c.Key));
    }

    [Fact]
    public void The_example_notice_nests_dotted_keys()
    {
        var notice = Set().ExampleNotice();
        Assert.Equal("保福第1234号", notice["number"]);
        Assert.Equal("28", ((IReadOnlyDictionary<string, object?>)notice["law"]!)["number"]);
        Assert.Equal(["各都道府県知事"], ((List<object?>)notice["addressees"]!).Cast<string>());
        var row = (IReadOnlyDictionary<string, object?>)((List<object?>)notice["items"]!)[0]!;
        Assert.Equal("基本情報", row["category"]);
        Assert.Empty(Set().Validate(notice, "notice.yaml"));
    }

    [Fact]
    public void Mistakes_in_the_declaration_are_reported_at_their_line()
    {
        const string yaml = """
            fields:
              - key: number
                label: 文書番号
                type: txt
              - key: date
                type: date
                example: 2024/06/03
              - key: kind
                label: 種別
                type: choice
                lable: x
            """;
        var e = Assert.Throws<GeneratorException>(() => TemplateFieldSet.Parse(yaml, "t", "fields.yaml"));
        Assert.Equal(
        [
            "fields.yaml(4,11): error: Unknown type 'txt'. — Use one of: text, multiline, date, integer, list, choice, table.",
            "fields.yaml(5,5): error: A field has no 'label'. — Every field needs key, label and type.",
            "fields.yaml(11,5): error: Unknown field property 'lable'. — Use only: key, label, type, required, help, example, choices, group, uncertain, columns.",
            "fields.yaml(8,5): error: Field 'kind' has type choice but no choices. — Add 'choices: [通知, 周知, 依頼]'.",
        ], e.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Validate_reports_missing_and_ill_typed_values_at_the_notice_line_with_the_label()
    {
        const string notice = """
            start: R6.6.3
            kind: 依頼
            law:
              number: 二十八
            addressees: 各都道府県知事
            items:
              - content: 性別
            """;
        var path = Path.Combine(Path.GetTempPath(), $"fields-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, notice);
        try
        {
            var problems = Set().Validate(Pipeline.NoticeFile.Load(path), path).Select(d => d.ToString().Replace(path, "notice.yaml"));
            Assert.Equal("""
                notice.yaml: error: 文書番号 (number) is required but missing. — Add 'number: 保福第1234号' (発信者の文書番号).
                notice.yaml(1,8): error: 開始日 (start) must be a date written YYYY-MM-DD (e.g. 2023-04-01), not 'R6.6.3'. — Write it like 'start: 2024-06-03'
                notice.yaml(2,7): error: 種別 (kind) must be one of: 通知, 周知; not '依頼'. — Write it like 'kind: 通知'
                notice.yaml(4,11): error: 法律番号 (law.number) must be a whole number written in digits (e.g. 28), not '二十八'. — Write it like 'number: 28'
                notice.yaml(5,13): error: 宛先 (addressees) must be a list (one '- item' per line). — Write one '- …' line per item under 'addressees:', or 'addressees: [各都道府県知事, …]'
                notice.yaml(7,5): error: 提供する情報の項目 (items), row 1: 区分 (category) is required but missing. — Give 'category' in every row.
                """, string.Join("\n", problems));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
