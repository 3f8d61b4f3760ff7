using Generator.Data;

namespace Generator.Core.Tests.Data;

public class RecipientMergeTests
{
    [Fact]
    public void File_values_override_the_directory_and_extra_columns_pass_through()
    {
        var path = TestFiles.Get("overrides.csv");
        var set = RecipientLoader.Load(path, RecipientLoadOptions.Default);

        var sapporo = set.Recipients[0];
        Assert.Equal(("011002", "札幌市役所", LocalGovernmentKind.DesignatedCity, "市長", "北海道"),
            (sapporo.Code, sapporo.Name, sapporo.Kind, sapporo.HeadTitle, sapporo.Prefecture));
        Assert.Equal(
            ["code", "prefecture_code", "prefecture", "name", "kana", "kind", "head_title", "in_service",
             "department", "title", "person", "addressee", "head_name", "council_name", "ordinance_name", "postal_code", "address", "email", "memo"],
            sapporo.Fields.Keys);
        Assert.Equal(("さっぽろし", "designated_city", "総務局", "soumu@city.sapporo.jp", "本庁"),
            (sapporo.Fields["kana"], sapporo.Fields["kind"], sapporo.Fields["department"], sapporo.Fields["email"], sapporo.Fields["memo"]));

        var hakodate = set.Recipients[1];
        Assert.Equal(("函館市", "企画部", "", "city"), (hakodate.Name, hakodate.Fields["department"], hakodate.Fields["memo"], hakodate.Fields["kind"]));

        var agency = set.Recipients[2];
        Assert.Equal(("", "地方独立行政法人大阪府立病院機構", LocalGovernmentKind.LocalIncorporatedAdministrativeAgency, "理事長", ""),
            (agency.Code, agency.Name, agency.Kind, agency.HeadTitle, agency.Prefecture));
        Assert.Equal(("agency", "541-0001", "独法", "true", new RecipientSource(path, 4)),
            (agency.Fields["kind"], agency.Fields["postal_code"], agency.Fields["memo"], agency.Fields["in_service"], agency.Source));

        var diagnostic = Assert.Single(set.Diagnostics);
        Assert.Equal((5, 3, "A recipient without a code needs kind."), (diagnostic.Line, diagnostic.Column, diagnostic.Message));
    }

    [Fact]
    public void A_code_outside_the_directory_with_name_and_kind_is_accepted()
    {
        using var folder = new TempFolder();
        // 018309 has a valid check digit but is not in the directory (e.g. a 一部事務組合 with its own code).
        var path = folder.WriteUtf8("union.csv", "code,name,kind\n018309,○○広域連合,agency\n");
        var set = RecipientLoader.Load(path, RecipientLoadOptions.Default);
        Assert.Empty(set.Diagnostics);
        var union = set.Recipients.Single();
        Assert.Equal(("018309", "01", "北海道", "理事長"), (union.Code, union.Fields["prefecture_code"], union.Prefecture, union.HeadTitle));
    }

    [Fact]
    public void Json_array_of_objects()
    {
        var path = TestFiles.Get("recipients.json");
        var set = RecipientLoader.Load(path, RecipientLoadOptions.Default);
        Assert.Empty(set.Diagnostics);
        Assert.Equal(["札幌市", "函館市", "地方独立行政法人北海道立総合研究機構"], set.Recipients.Select(r => r.Name));
        Assert.Equal(("札幌市長　秋元　克広", "060-8611", "{{ 7*7 }}"),
            (set.Recipients[0].Fields["addressee"], set.Recipients[0].Fields["postal_code"], set.Recipients[0].Fields["備考"]));
        Assert.Equal("012025", set.Recipients[1].Code); // the JSON number 12025 lost its zero; the 5-digit code 12025 is not in the directory
        Assert.Equal(LocalGovernmentKind.LocalIncorporatedAdministrativeAgency, set.Recipients[2].Kind);
        Assert.Equal([3, 10, 11], set.Recipients.Select(r => r.Source.Row));
    }

    [Fact]
    public void Yaml_sequence_of_mappings_keeps_scalars_as_text()
    {
        var path = TestFiles.Get("recipients.yaml");
        var set = RecipientLoader.Load(path, RecipientLoadOptions.Default);
        Assert.Empty(set.Diagnostics);
        Assert.Equal(["011002", "131016", ""], set.Recipients.Select(r => r.Code));
        Assert.Equal(("札幌市長　秋元　克広", "総務局行政部", "060-8611"),
            (set.Recipients[0].Fields["addressee"], set.Recipients[0].Fields["department"], set.Recipients[0].Fields["postal_code"]));
        Assert.Equal("", set.Recipients[1].Fields["備考"]);
        Assert.Equal("soumu@city.chiyoda.lg.jp; kikaku@city.chiyoda.lg.jp", set.Recipients[1].Fields["email"]);
        Assert.Equal(("地方独立行政法人東京都立病院機構", "理事長"), (set.Recipients[2].Name, set.Recipients[2].HeadTitle));
        Assert.Equal([2, 6, 9], set.Recipients.Select(r => r.Source.Row));
    }

    [Fact]
    public void Json_and_yaml_problems_carry_line_and_column()
    {
        using var folder = new TempFolder();
        var json = folder.WriteUtf8("bad.json", "[\n  {\"code\": \"011002\",\n   \"name\" \"x\"}\n]\n");
        var jsonError = RecipientLoader.Load(json, RecipientLoadOptions.Default).Diagnostics.Single();
        Assert.Equal((3, 11), (jsonError.Line, jsonError.Column));
        Assert.StartsWith("JSON syntax error: ", jsonError.Message);

        var yaml = folder.WriteUtf8("bad.yaml", "- code: \"011002\"\n  name: [unclosed\n");
        var yamlError = RecipientLoader.Load(yaml, RecipientLoadOptions.Default).Diagnostics.Single(d => d.Message.StartsWith("YAML syntax error: "));
        Assert.Equal((3, 1, "YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'."), (yamlError.Line, yamlError.Column, yamlError.Message));
        var tab = folder.WriteUtf8("tab.yaml", "- code: 011002\n\t name: x\n");
        Assert.Equal((1, 9), RecipientLoader.Load(tab, RecipientLoadOptions.Default).Diagnostics.Select(d => (d.Line, d.Column)).Single());
        var empty = folder.WriteUtf8("empty.json", " \n");
        Assert.Equal("The file is empty.", RecipientLoader.Load(empty, RecipientLoadOptions.Default).Diagnostics.Single().Message);

        var values = folder.WriteUtf8("values.json", "[{\"code\": \"011002\", \"email\": \"a@b\", \"tags\": [1]}, \"x\"]");
        Assert.Equal(
            [
                "values.json(1,30): error: Bad e-mail address 'a@b'.",
                "values.json(1,45): error: The value of 'tags' must be text, not an object or array.",
                "values.json(1,51): error: Each array item must be an object of fields.",
            ],
            RecipientLoader.Load(values, RecipientLoadOptions.Default).Diagnostics.Select(d => d.ToString().Replace(values, "values.json").Split(" — ")[0]));

        var mapping = folder.WriteUtf8("top.yaml", "code: \"011002\"\n");
        Assert.Equal((1, 1, "The top level must be a sequence of recipient mappings."),
            RecipientLoader.Load(mapping, RecipientLoadOptions.Default).Diagnostics.Select(d => (d.Line, d.Column, d.Message)).Single());

        var nested = folder.WriteUtf8("nested.yaml", "- code: \"011002\"\n  name:\n    - a\n- code: \"012025\"\n  email: x@\n");
        Assert.Equal(["nested.yaml(3,5)", "nested.yaml(5,10)"],
            RecipientLoader.Load(nested, RecipientLoadOptions.Default).Diagnostics.Select(d => d.ToString().Replace(nested, "nested.yaml").Split(':')[0]));
    }
}

public class RecipientFieldNamesTests
{
    [Theory]
    [InlineData("code", "code")]
    [InlineData("ＣＯＤＥ", "code")]
    [InlineData(" 団体コード ", "code")]
    [InlineData("E-Mail", "email")]
    [InlineData("メールアドレス", "email")]
    [InlineData("部署名", "department")]
    [InlineData("Head-Title", "head_title")]
    [InlineData("〒", "postal_code")]
    [InlineData("審議会名", "council_name")]
    [InlineData("条例名", "ordinance_name")]
    [InlineData(" 備考 ", "備考")]
    [InlineData("Memo", "Memo")]
    public void Maps_headers_to_fields(string header, string field) => Assert.Equal(field, RecipientFieldNames.FromHeader(header));
}
