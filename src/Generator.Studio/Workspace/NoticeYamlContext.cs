using YamlDotNet.Serialization;
using YamlDotNet.Serialization.TypeResolvers;
using ObjectFactoryBase = YamlDotNet.Serialization.ObjectFactories.StaticObjectFactory;

namespace Generator.Studio.Workspace;

/// <summary>YamlDotNet's compile-time metadata for what the studio writes as YAML: nested
/// <c>Dictionary&lt;string, object?&gt;</c> and <c>List&lt;object?&gt;</c> of strings (a notice as
/// <see cref="Drafting.NoticeForm.DeepCopy"/> gives it, and draft.yaml's fields). With it a
/// <see cref="StaticSerializerBuilder"/> writes them without reflection, for the Native AOT build (issue 17); YamlDotNet's
/// own traversal and emitters still choose the text (quoting, styles), so the bytes are those of its reflection-based
/// serializer. No class has properties to inspect here, so the type inspector lists none.</summary>
internal sealed class NoticeYamlContext : StaticContext
{
    private readonly ITypeResolver resolver = new StaticTypeResolver();
    private readonly ObjectFactory factory = new();
    private readonly NoProperties inspector = new();

    /// <inheritdoc />
    public override ObjectFactoryBase GetFactory() => factory;

    /// <inheritdoc />
    public override ITypeInspector GetTypeInspector() => inspector;

    /// <inheritdoc />
    public override ITypeResolver GetTypeResolver() => resolver;

    /// <inheritdoc />
    public override bool IsKnownType(Type type) => type == typeof(Dictionary<string, object?>) || type == typeof(List<object?>);

    /// <summary>Maps of string to value and lists of values.</summary>
    private sealed class ObjectFactory : ObjectFactoryBase
    {
        public override object Create(Type type) =>
            type == typeof(Dictionary<string, object?>) ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : type == typeof(List<object?>) ? new List<object?>()
            : throw Unknown(type);
        public override Array CreateArray(Type type, int count) => throw Unknown(type);
        public override bool IsDictionary(Type type) => type == typeof(Dictionary<string, object?>);
        public override bool IsArray(Type type) => false;
        public override bool IsList(Type type) => type == typeof(List<object?>);
        public override Type GetKeyType(Type type) => type == typeof(Dictionary<string, object?>) ? typeof(string) : throw Unknown(type);
        public override Type GetValueType(Type type) => IsDictionary(type) || IsList(type) ? typeof(object) : throw Unknown(type);
        public override void ExecuteOnDeserializing(object value) { }
        public override void ExecuteOnDeserialized(object value) { }
        public override void ExecuteOnSerializing(object value) { }
        public override void ExecuteOnSerialized(object value) { }

        private static InvalidOperationException Unknown(Type type) => new($"{type.FullName} is not a YAML map or list the studio writes.");
    }

    /// <summary>No properties: the studio writes maps, lists and strings only.</summary>
    private sealed class NoProperties : ITypeInspector
    {
        public IEnumerable<IPropertyDescriptor> GetProperties(Type type, object? container) => [];
        public IPropertyDescriptor GetProperty(Type type, object? container, string name, bool ignoreUnmatched, bool caseInsensitivePropertyMatching) =>
            throw new InvalidOperationException($"{type.FullName} has no YAML properties here.");
        public string GetEnumName(Type enumType, string name) => name;
        public string GetEnumValue(object enumValue) => enumValue.ToString() ?? "";
        public bool HasParseMethod(Type type) => false;
        public object Parse(string value, Type expectedType) => throw new InvalidOperationException($"{expectedType.FullName} cannot be parsed here.");
    }
}
