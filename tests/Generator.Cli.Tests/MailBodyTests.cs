using Generator.Batch.Mail;
using Generator.Cli.Tests.Support;
using MimeKit;

namespace Generator.Cli.Tests;

/// <summary>The e-mail drafts' text comes from the built-in mail.sbn (not from C#), byte for byte as before: addressee,
/// covering sentence, subject, sender, CRLF line ends; values are text, never template code.</summary>
[Collection("cli")]
public sealed class MailBodyTests
{
    private const string Title = "医療分野の研究開発に資するための匿名加工医療情報に関する法律と個人情報の保護に関する条例との関係について（通知）";

    private static readonly Dictionary<string, object?> NoFields = new();

    [Fact]
    public void Eml_drafts_through_the_cli_carry_exactly_the_built_in_text()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", BatchLabelsAndMailTests.WriteRecipients(temp), "--format", "pdf", "--eml", "--out", dir);
        Assert.True(exit == 0, error);

        var message = MimeMessage.Load(Path.Combine(dir, "eml", "011002_札幌市.eml"));
        var body = Assert.IsType<TextPart>(message.BodyParts.First());
        using var bytes = new MemoryStream();
        body.Content.DecodeTo(bytes); // the bytes as written (TextBody would normalise the line ends)
        Assert.Equal($"札幌市長　様\r\n\r\n標記の件について、別添のとおり送付します。\r\n件名：{Title}\r\n\r\n北海道保健福祉部長\r\n",
            System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
    }

    [Fact]
    public void Without_a_sender_the_text_ends_after_the_subject()
    {
        Assert.Equal("函館市\r\n\r\n標記の件について、別添のとおり送付します。\r\n件名：件名\r\n\r\n",
            MailBody.BuiltIn.Render("函館市", "件名", null, NoFields));
    }

    [Fact]
    public void An_empty_sender_still_gets_its_line_as_before()
    {
        Assert.Equal("函館市\r\n\r\n標記の件について、別添のとおり送付します。\r\n件名：件名\r\n\r\n\r\n",
            MailBody.BuiltIn.Render("函館市", "件名", "", NoFields));
    }

    [Fact]
    public void Values_are_inserted_as_text_with_their_own_line_ends()
    {
        var text = MailBody.BuiltIn.Render("{{ title }}様", "{{ 1 + 1 }}", "総務部\n総務課", new Dictionary<string, object?> { ["name"] = "{{ x }}" });
        Assert.Equal("{{ title }}様\r\n\r\n標記の件について、別添のとおり送付します。\r\n件名：{{ 1 + 1 }}\r\n\r\n総務部\n総務課\r\n", text);
    }

    [Fact]
    public void A_body_template_sees_the_recipient_fields_and_gets_crlf_line_ends()
    {
        var body = MailBody.Parse("{{ recipient.department }}御中\n{{ addressee }}\n", "test mail.sbn");
        Assert.Equal("総務局御中\r\n札幌市長 様\r\n", body.Render("札幌市長 様", "件名", null, new Dictionary<string, object?> { ["department"] = "総務局" }));
    }
}
