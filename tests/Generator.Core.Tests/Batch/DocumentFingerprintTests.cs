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
