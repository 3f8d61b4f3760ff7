using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Generator.Model;
using Generator.Writers;

namespace Generator.Batch;

/// <summary>A hash of everything a recipient's files depend on: the document's content and template characters (the
/// order of a PDF's glyphs), the writers (format and the build of their code) and the writers' settings (font file, font
/// names).</summary>
/// <remarks>Outputs are a pure function of these, so equal fingerprints mean equal files: the basis of --skip-unchanged.</remarks>
internal static class DocumentFingerprint
{
    public static string Of(Document document, IReadOnlyList<IDocumentWriter> writers, string writerSettings) =>
        Of(document, writers, writerSettings, BuildIdentity);

    /// <summary>The fingerprint with <paramref name="buildIdentity"/> naming each writer's build (tests vary it).</summary>
    internal static string Of(Document document, IReadOnlyList<IDocumentWriter> writers, string writerSettings, Func<Assembly, string> buildIdentity)
    {
        // a builder and a byte buffer of this thread's, reused letter after letter (issue 17: ~35 KB of garbage a letter);
        // taken out of its slot while in use, so that a call made meanwhile on this thread would make its own
        var sb = scratch ?? new StringBuilder(16 * 1024);
        scratch = null;
        sb.Clear();
        sb.Append(writerSettings).Append('\u001e');
        foreach (var writer in writers)
            sb.Append(writer.Format).Append('/').Append(buildIdentity(writer.GetType().Assembly)).Append('\u001f');
        var m = document.Metadata;
        sb.Append(m.Title).Append('\u001f').Append(m.Author).Append('\u001f').Append(m.Subject).Append('\u001f')
          .Append(m.Date?.ToString("O")).Append('\u001f').Append(m.Identifier).Append('\u001f').Append(m.Language).Append('\u001e');
        sb.Append(document.TemplateCharacters).Append('\u001e'); // the order of the PDF's glyphs (docs/pdf-layout.md)
        foreach (var block in document.Blocks)
        {
            sb.Append(block.GetType().Name).Append('\u001f');
            if (BlockSettings.Of(block) is { } settings) sb.Append(settings).Append('\u001f');
            foreach (var text in BlockText.Of(block)) sb.Append(text).Append('\u001f');
            sb.Append('\u001e');
        }
        var fingerprint = Generator.IO.Hex.Lower(SHA256.HashData(Utf8(sb)));
        if (sb.Capacity <= KeptCapacity) scratch = sb; // a very long document's memory is not kept
        return fingerprint;
    }

    /// <summary>Characters of a builder a thread keeps for its next letter, at most.</summary>
    private const int KeptCapacity = 1024 * 1024;

    [ThreadStatic] private static StringBuilder? scratch;

    /// <summary>The bytes of the text hashed, in a buffer each thread keeps (not past what a kept builder needs).</summary>
    private static readonly Generator.IO.ScratchBuffer Utf8Bytes = new(32 * 1024, Encoding.UTF8.GetMaxByteCount(KeptCapacity));

    /// <summary>The UTF-8 bytes of <paramref name="sb"/>'s text (as <c>Encoding.UTF8.GetBytes(sb.ToString())</c> gives them),
    /// in this thread's buffer: valid until the next call on this thread.</summary>
    internal static ReadOnlySpan<byte> Utf8(StringBuilder sb)
    {
        var stream = Utf8Bytes.Rent();
        var max = Encoding.UTF8.GetMaxByteCount(sb.Length);
        if (stream.Capacity < max) stream.Capacity = max;
        var bytes = stream.GetBuffer().AsSpan();
        var encoder = Encoding.UTF8.GetEncoder(); // keeps a surrogate pair split between two chunks together
        var written = 0;
        foreach (var chunk in sb.GetChunks())
            written += encoder.GetBytes(chunk.Span, bytes[written..], flush: false);
        written += encoder.GetBytes([], bytes[written..], flush: true);
        return bytes[..written];
    }

    private static readonly ConcurrentDictionary<Assembly, string> Builds = new();

    /// <summary>Which build of a writer's code this is: the SHA-256 of its assembly file (the assembly version stays
    /// 1.0.0.0 across builds); in the Native AOT build, where all code is in the executable, the executable's build ID
    /// (or its SHA-256 where it has none); or its module version id when it has no file (single-file apps); computed once per process.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000:Avoid accessing Assembly file path when publishing as a single file",
        Justification = "An assembly without a file (single-file and Native AOT builds) has an empty Location and is identified otherwise.")]
    public static string BuildIdentity(Assembly assembly) => Builds.GetOrAdd(assembly, a =>
        a.Location is { Length: > 0 } file && File.Exists(file) ? "sha256:" + BatchManifest.Sha256(file)
        : NativeExecutable.Value is { } executable ? executable
        : "mvid:" + a.ManifestModule.ModuleVersionId.ToString("N"));

    /// <summary>The Native AOT build's identity: the running executable's GNU build ID (<see cref="ElfBuildId"/>: the hash of
    /// the linked file that the linker writes into it), else its SHA-256; the executable holds all of the code (its
    /// compiled-in assemblies need not keep a module version id); null in a JIT or single-file build. Hashing the 42 MB
    /// executable took ~25 ms, which every worker waited for before its first letter (issue 17).</summary>
    private static readonly Lazy<string?> NativeExecutable = new(() =>
        !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported && Environment.ProcessPath is { } path && File.Exists(path)
            ? ElfBuildId.TryRead(path, out var buildId) ? "elf-build-id:" + buildId : "sha256:" + BatchManifest.Sha256(path)
            : null);
}
