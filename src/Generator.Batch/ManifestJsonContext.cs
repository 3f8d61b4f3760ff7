using System.Text.Json.Serialization;

namespace Generator.Batch;

/// <summary>System.Text.Json metadata for manifest.json, generated at compile time so that the Native AOT build
/// (issue 17) reads and writes it without reflection. The naming and escaping are <see cref="BatchManifest"/>'s options.</summary>
[JsonSerializable(typeof(BatchManifest.Manifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
