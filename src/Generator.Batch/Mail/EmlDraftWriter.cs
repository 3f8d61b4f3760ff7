using System.Security.Cryptography;
using System.Text;
using Generator.Data;
using Generator.Model;
using MimeKit;
using MimeKit.Text;

namespace Generator.Batch.Mail;

/// <summary>E-mail drafts (.eml) with the recipient's PDF attached, for recipients with an e-mail address (<c>--eml</c>).</summary>
/// <remarks>Deterministic: Date is the document's date, Message-Id and MIME boundaries derive from the content. The sender
/// comes from <c>mail_from</c> in notice.yaml when given; otherwise the draft has no From and the mail program fills it in.</remarks>
/// <param name="from">The sender (<c>mail_from</c>), or null.</param>
/// <param name="body">The body template (<see cref="MailBody.For"/>); null for the built-in one.</param>
/// <param name="contact">The notice's contact lines (担当・連絡先), for the body.</param>
public sealed class EmlDraftWriter(string? from, MailBody? body = null, IReadOnlyList<string>? contact = null) : IBatchArtifactWriter
{
    private readonly MailBody mailBody = body ?? MailBody.BuiltIn;

    /// <summary>The Date of a draft: the notice's date at 00:00 in Japan (+09:00), not midnight UTC.</summary>
    public static DateTimeOffset DateOf(DocumentMetadata metadata) => metadata.Date is { } date
        ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9))
        : metadata.Timestamp;

    /// <summary>Folder, inside the output folder, holding the drafts.</summary>
    public const string Folder = "eml";

    /// <inheritdoc />
    public string Name => "eml";

    /// <inheritdoc />
    public bool TakesDrawnPages => false;

    /// <inheritdoc />
    public IBatchArtifactFeed Begin(string stagingDirectory, CancellationToken cancellationToken) => new Feed(this, stagingDirectory);

    /// <summary>Writes the draft of each letter as it comes in: its PDF is already in the staging folder.</summary>
    private sealed class Feed(EmlDraftWriter owner, string staging) : IBatchArtifactFeed
    {
        private readonly List<string> written = [];

        public void Add(BatchLetter letter)
        {
            if (owner.Write(letter, staging) is { } name) written.Add(name);
        }

        public IReadOnlyList<RunFile> Finish(CancellationToken cancellationToken) => [.. written.Select(name => new RunFile(name))];

        public void Dispose() { }
    }

    /// <summary>The draft of one letter, or null when the recipient has no e-mail address or no PDF.</summary>
    private string? Write(BatchLetter letter, string stagingDirectory)
    {
        var result = letter.Result;
        var address = result.Item.Field("email");
        var pdf = result.Files.FirstOrDefault(f => f.Format == "pdf");
        if (address.Length == 0 || pdf is null) return null;
        // the recipient's PDF, then the 別添 written beside it (when they are not appended to it)
        var files = result.Files.Where(f => f == pdf || Attachments.EnclosureFile.Is(f))
            .Select(f => (File.ReadAllBytes(Path.Combine(stagingDirectory, f.FileName)), f.FileName)).ToList();
        var message = Build(letter, address, files);
        var name = $"{Folder}/{result.Item.FileStem}.eml";
        Directory.CreateDirectory(Path.Combine(stagingDirectory, Folder));
        using (var stream = File.Create(Path.Combine(stagingDirectory, name))) message.WriteTo(FormatOptions.Default, stream);
        return name;
    }

    private MimeMessage Build(BatchLetter letter, string address, IReadOnlyList<(byte[] Pdf, string FileName)> pdfs)
    {
        var (result, document) = (letter.Result, letter.Document);
        var seed = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(result.Fingerprint + address)));
        var message = new MimeMessage();
        if (!string.IsNullOrWhiteSpace(from)) message.From.Add(MailboxAddress.Parse(from));
        else message.Headers.Remove(HeaderId.From);
        foreach (var each in EmailAddressList.Split(address)) // several addresses in one cell: all as To
            message.To.Add(new MailboxAddress(Addressee(document) ?? result.Item.Field("name"), each));
        message.Subject = document.Metadata.Title;
        message.Date = DateOf(document.Metadata);
        message.MessageId = $"{seed[..32]}@generator.invalid";
        message.Headers.Add("X-Unsent", "1");

        var body = new TextPart(TextFormat.Plain) { Text = BodyText(document, result.Item) };
        body.ContentTransferEncoding = ContentEncoding.Base64;
        var multipart = new Multipart("mixed") { body };
        foreach (var (pdf, fileName) in pdfs)
            multipart.Add(new MimePart("application", "pdf")
            {
                Content = new MimeContent(new MemoryStream(pdf)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = fileName,
            });
        multipart.Boundary = "=-" + seed[32..56];
        message.Body = multipart;
        return message;
    }

    private static string? Addressee(Document document) =>
        Generator.Conventions.AddresseeRules.Of(document)?.ToString();

    /// <summary>The draft's text (<see cref="MailBody"/>): addressee, covering sentence, subject, sender.</summary>
    private string BodyText(Document document, BatchItem item) =>
        mailBody.Render(Addressee(document) ?? item.Field("name"), document.Metadata.Title,
            document.Blocks.OfType<Sender>().FirstOrDefault()?.Text, item.Fields, contact);
}
