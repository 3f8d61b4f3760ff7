using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Generator.Docx.Layout;
using Generator.Docx.Packaging;
using Generator.Layout;
using Generator.Model;

namespace Generator.Docx.Tests;

/// <summary>The parts every letter shares are made once per writer (issue 17): a writer reused for a whole run, also from
/// several threads, gives each letter the bytes a new writer gives it; the zip itself is the same on every system.</summary>
public sealed class PackageReuseTests
{
    /// <summary>A house style with every optional part: letterhead (first-page header and footer), dashed page numbers.</summary>
    private static readonly PageLayoutOptions Letterheaded = PageLayoutOptions.Default with
    {
        PageNumbers = PageNumberFormat.Dashed,
        Letterhead = new Letterhead(["北海道保健福祉部地域医療推進局", "〒060-8588　札幌市中央区北3条西6丁目"], null, 12, LineAlignment.Center, 10),
    };

    /// <summary>Letters that differ in what the shared parts depend on: outline levels (styles.xml), language (styles.xml,
    /// settings.xml), metadata (core.xml).</summary>
    private static IReadOnlyList<Document> MixedLetters()
    {
        var circular = Samples.Load(Samples.Circular);
        var table = Samples.Load(Samples.TableDocument);
        var single = Samples.Load(Samples.SingleAddressee);
        var korean = circular with { Metadata = circular.Metadata with { Language = "ko-KR" } };
        var retitled = circular with { Metadata = circular.Metadata with { Title = "別の件名" } };
        var flat = Samples.Parse("@title 件名\n本文です。\n");
        return [circular, table, circular, single, korean, circular, retitled, flat, table, circular];
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void One_writer_gives_each_letter_the_bytes_a_new_writer_gives(string style)
    {
        var options = Style(style);
        var shared = new DocxWriter(options);
        foreach (var letter in MixedLetters())
            Assert.Equal(Samples.Render(letter, options), Write(shared, letter));
    }

    [Fact]
    public void Letters_written_in_parallel_by_one_writer_equal_those_written_one_by_one()
    {
        var letters = Enumerable.Repeat(MixedLetters(), 8).SelectMany(l => l).ToArray();
        var expected = letters.Select(l => Samples.Render(l, Letterheaded)).ToArray();
        var writer = new DocxWriter(Letterheaded);
        var written = new byte[letters.Length][];
        Parallel.For(0, letters.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => written[i] = Write(writer, letters[i]));
        for (var i = 0; i < letters.Length; i++) Assert.Equal(expected[i], written[i]);
    }

    /// <summary>document.xml is written into a buffer the thread keeps (issue 17): a letter written after a longer one, or
    /// after one whose XML outgrew the kept buffer, has only its own XML — the bytes a thread that never wrote one gives it.</summary>
    [Fact]
    public void A_letter_written_after_longer_ones_on_the_same_thread_has_only_its_own_xml()
    {
        var shortLetter = Samples.Parse("@title 件名\n本文です。\n");
        var longLetter = Samples.Load(Samples.Circular);
        var huge = Samples.Parse("@title 長い文書\n" + string.Concat(Enumerable.Range(1, 12000).Select(n => $"第{n}段落の本文です。個人情報の保護に関する法律に基づく場合。\n")));
        byte[]? fresh = null;
        var thread = new Thread(() => fresh = Samples.Render(shortLetter)); // a thread with no buffer yet
        thread.Start();
        thread.Join();

        var writer = new DocxWriter();
        var afterLong = Write(writer, longLetter) is { Length: > 0 } ? Write(writer, shortLetter) : [];
        var hugeBytes = Write(writer, huge);
        var afterHuge = Write(writer, shortLetter);

        Assert.Equal(fresh, afterLong);
        Assert.Equal(fresh, afterHuge);
        using var zip = new ZipArchive(new MemoryStream(hugeBytes));
        using var xml = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var text = xml.ReadToEnd();
        Assert.True(Encoding.UTF8.GetByteCount(text) > 1024 * 1024, "the huge letter's XML is larger than the buffer a thread keeps");
        Assert.EndsWith("</w:document>", text);
        Assert.Contains("第12000段落", text);
    }

    [Fact]
    public void Shared_parts_are_made_once_per_writer_and_kept_apart_by_language_and_outline()
    {
        var geometry = new DocxGeometry(PageLayoutOptions.Default);
        var parts = new SharedParts(geometry);
        var circular = Samples.Load(Samples.Circular);
        var invariants = LetterInvariants.Of(circular, geometry.Options);
        var first = parts.For(invariants);
        Assert.Same(first, parts.For(LetterInvariants.Of(Samples.Load(Samples.Circular), geometry.Options)));
        Assert.DoesNotContain(first, e => PackageBuilder.IsPerLetter(e.Name));

        var korean = parts.For(invariants with { Language = "ko-KR" });
        Assert.NotSame(first, korean);
        Assert.Contains("w:eastAsia=\"ko-KR\"", Inflate(korean.Single(e => e.Name == "word/styles.xml")));

        var flat = LetterInvariants.Of(Samples.Parse("本文です。\n"), geometry.Options);
        Assert.NotEqual(invariants.Key, flat.Key);
        Assert.DoesNotContain("Outline1", Inflate(parts.For(flat).Single(e => e.Name == "word/styles.xml")));
        Assert.Contains("Outline1", Inflate(first.Single(e => e.Name == "word/styles.xml")));
    }

    [Fact]
    public void Core_properties_are_made_once_for_letters_that_differ_only_in_their_identifier()
    {
        var metadata = Samples.Load(Samples.Circular).Metadata with { Identifier = "forwarding-notice/011002" };
        var part = new CorePropertiesPart();
        var first = part.For(metadata);

        // core.xml holds no identifier: the next recipient's letter gets the same entry, not a new one (issue 17)
        Assert.Same(first, part.For(metadata with { Identifier = "forwarding-notice/012025" }));
        Assert.DoesNotContain("forwarding-notice", Inflate(first));
        Assert.Contains("<dc:title>" + metadata.Title + "</dc:title>", Inflate(first));
        Assert.NotSame(first, part.For(metadata with { Title = "別の件名" }));
    }

    [Fact]
    public void Every_entry_carries_the_CRC_and_sizes_of_its_content()
    {
        Assert.Equal(0xCBF43926u, Crc32.Of("123456789"u8)); // the standard check value of CRC-32
        var bytes = Samples.Render(Samples.Load(Samples.Circular), Letterheaded);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(11, zip.Entries.Count); // with the letterhead: a first-page header and its own footer
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open()) stream.CopyTo(content);
            Assert.Equal(entry.Length, content.Length);
            Assert.Equal(entry.Crc32, Crc32.Of(content.ToArray()));
        }
    }

    [Fact]
    public void Zip_headers_are_the_same_on_every_system()
    {
        var bytes = Samples.Render(Samples.Circular);
        var directory = IndexOf(bytes, [0x50, 0x4B, 0x01, 0x02]);
        Assert.True(directory > 0);
        Assert.Equal(0x0314, BitConverter.ToUInt16(bytes, directory + 4));          // made by Unix, zip 2.0
        Assert.Equal(0x81A40000u, BitConverter.ToUInt32(bytes, directory + 38));    // a regular file, mode 0644
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 6));                           // no data descriptor, no flags
        Assert.Equal(0x06054B50u, BitConverter.ToUInt32(bytes, bytes.Length - 22)); // no archive comment
    }

    public static TheoryData<string> Styles => ["default", "letterheaded", "no-page-numbers"];

    private static PageLayoutOptions Style(string name) => name switch
    {
        "letterheaded" => Letterheaded,
        "no-page-numbers" => PageLayoutOptions.Default with { PageNumbers = PageNumberFormat.None },
        _ => PageLayoutOptions.Default,
    };

    private static byte[] Write(DocxWriter writer, Document document)
    {
        using var stream = new MemoryStream();
        writer.Write(document, stream);
        return stream.ToArray();
    }

    private static string Inflate(DeflatedEntry entry)
    {
        using var deflate = new DeflateStream(new MemoryStream(entry.Compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static int IndexOf(byte[] bytes, byte[] signature) => bytes.AsSpan().IndexOf(signature);
}
