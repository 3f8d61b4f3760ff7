using System.Security.Cryptography;
using Generator.Batch;
using Generator.Core.Tests.Support;
using Generator.Writers.Text;

namespace Generator.Core.Tests.Batch;

/// <summary>The --skip-unchanged fingerprint changes with the writers' code, not only with their assembly version.</summary>
public sealed class DocumentFingerprintTests
{
    [Fact]
    public void A_writers_build_identity_is_the_sha256_of_its_assembly_file()
    {
        var assembly = typeof(PlainTextWriter).Assembly;
        var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(assembly.Location)));
        Assert.Equal(expected, DocumentFingerprint.BuildIdentity(assembly));
        Assert.Same(DocumentFingerprint.BuildIdentity(assembly), DocumentFingerprint.BuildIdentity(assembly)); // computed once per process
    }

    /// <summary>Issue 17: the fingerprint hashes its text's UTF-8 bytes from a builder and a buffer its thread reuses; they
    /// are the bytes of the text made into a string, whatever the builder's chunks, a surrogate pair split between two of
    /// them, a lone surrogate (U+FFFD's bytes) or a text longer than the buffer was.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("札幌市長　様")]
    [InlineData("aaaaaaaaaaaaaaa𠮷田")] // 𠮷's high surrogate ends the first chunk (16 characters), its low one starts the next
    [InlineData("aaaaaaaaaaaaaaa\\uD842x")] // a high surrogate alone at the chunk's end (made by Regex.Unescape: an
    [InlineData("\\uDFB7 lone low, 𣏌, \\uD842")] // attribute's string cannot hold a lone surrogate)
    public void The_UTF8_of_a_builder_is_the_bytes_of_its_string(string piece)
    {
        var lone = piece.Contains("\\u", StringComparison.Ordinal);
        piece = System.Text.RegularExpressions.Regex.Unescape(piece);
        Assert.Equal(lone, HasLoneSurrogate(piece));
        foreach (var repeat in new[] { 1, 3, 5000 }) // 5,000: more than the buffer first made (32 KB)
        {
            var sb = new System.Text.StringBuilder(16);
            for (var i = 0; i < repeat; i++) sb.Append(piece);
            var chunks = 0;
            foreach (var _ in sb.GetChunks()) chunks++;
            Assert.True(repeat < 3 || piece.Length == 0 || chunks > 1);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(sb.ToString()), DocumentFingerprint.Utf8(sb).ToArray());
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    [Fact]
    public void The_fingerprint_changes_when_only_the_writers_build_changes()
    {
        var document = TestRendering.Tests.Generate("batch-letter", new Dictionary<string, object?> { ["sender"] = "北海道知事", ["title"] = "取扱いについて（通知）" },
            new Dictionary<string, object?> { ["code"] = "011002", ["name"] = "札幌市", ["head_title"] = "市長" }, "011002 札幌市", "batch-letter:011002_札幌市");
        var writers = new[] { new PlainTextWriter() };
        var one = DocumentFingerprint.Of(document, writers, "", _ => "build-1");
        Assert.Equal(one, DocumentFingerprint.Of(document, writers, "", _ => "build-1"));
        Assert.NotEqual(one, DocumentFingerprint.Of(document, writers, "", _ => "build-2"));
        Assert.Equal(DocumentFingerprint.Of(document, writers, "", DocumentFingerprint.BuildIdentity), DocumentFingerprint.Of(document, writers, ""));
    }

    /// <summary>Issue 17: a PDF's glyph order follows the document's template characters, so a letter whose template files
    /// changed only where it prints nothing (a comment) is written again, not reused with the other order.</summary>
    [Fact]
    public void The_fingerprint_changes_when_only_the_template_characters_change()
    {
        var document = TestRendering.Tests.Generate("batch-letter", new Dictionary<string, object?> { ["sender"] = "北海道知事", ["title"] = "取扱いについて（通知）" },
            new Dictionary<string, object?> { ["code"] = "011002", ["name"] = "札幌市", ["head_title"] = "市長" }, "011002 札幌市", "batch-letter:011002_札幌市");
        var writers = new[] { new PlainTextWriter() };
        Assert.NotEqual("", document.TemplateCharacters);
        Assert.NotEqual(DocumentFingerprint.Of(document, writers, ""), DocumentFingerprint.Of(document with { TemplateCharacters = document.TemplateCharacters + "札" }, writers, ""));
    }

    [Fact]
    public void An_assembly_without_a_file_is_identified_by_its_module_version_id()
    {
        var dynamic = System.Reflection.Emit.AssemblyBuilder.DefineDynamicAssembly(new System.Reflection.AssemblyName("NoFile"), System.Reflection.Emit.AssemblyBuilderAccess.Run);
        dynamic.DefineDynamicModule("NoFile");
        Assert.Equal("", dynamic.Location);
        Assert.Equal("mvid:" + dynamic.ManifestModule.ModuleVersionId.ToString("N"), DocumentFingerprint.BuildIdentity(dynamic));
    }
}
