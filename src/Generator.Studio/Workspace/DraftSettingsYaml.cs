using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Generator.Studio.Workspace;

/// <summary>draft.yaml ⇄ <see cref="DraftSettings"/>: snake_case keys in declaration order, null fields left out, unknown
/// keys ignored. Written by YamlDotNet's serializer over a map (<see cref="NoticeYamlContext"/>) and read through its
/// representation model, so that neither needs reflection (the Native AOT build, issue 17).</summary>
internal static class DraftSettingsYaml
{
    private static readonly ISerializer Serializer = new StaticSerializerBuilder(new NoticeYamlContext()).WithQuotingNecessaryStrings().Build();

    /// <summary>The YAML text of <paramref name="settings"/>, e.g. <c>template: forwarding-notice\npreview_recipient: "011002"\n</c>.</summary>
    public static string Write(DraftSettings settings)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["template"] = settings.Template };
        if (settings.PreviewRecipient is { } preview) map["preview_recipient"] = preview;
        if (settings.Recipients is { } recipients) map["recipients"] = recipients;
        if (settings.Title is { } title) map["title"] = title;
        return Serializer.Serialize(map);
    }

    /// <summary>The settings in <paramref name="yaml"/>; null for an empty document.</summary>
    /// <exception cref="YamlException">Not YAML, or not a map of the fields to plain values.</exception>
    public static DraftSettings? Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" or "~" or "null" }) return null;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new YamlException(stream.Documents[0].RootNode.Start, stream.Documents[0].RootNode.End, "draft.yaml is not a map of settings.");
        var settings = new DraftSettings();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key }) continue;
            switch (key)
            {
                case "template": settings.Template = Text(valueNode) ?? ""; break;
                case "preview_recipient": settings.PreviewRecipient = Text(valueNode); break;
                case "recipients": settings.Recipients = Text(valueNode); break;
                case "title": settings.Title = Text(valueNode); break;
            }
        }
        return settings;
    }

    /// <summary>A scalar's text; null for YAML's null (a plain <c>~</c>, <c>null</c> or nothing).</summary>
    private static string? Text(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } => null,
        YamlScalarNode scalar => scalar.Value,
        _ => throw new YamlException(node.Start, node.End, "A draft setting is not a single value."),
    };
}
