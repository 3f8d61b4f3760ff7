using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Generator.Studio.Drafting;
using Microsoft.AspNetCore.Http;

namespace Generator.Studio.Web;

/// <summary>The studio API's JSON: web defaults (camelCase), Japanese text unescaped, and System.Text.Json metadata
/// generated at compile time (<see cref="StudioJsonContext"/>) so that the Native AOT build (issue 17) needs no reflection.</summary>
internal static class StudioJson
{
    /// <summary>The options of every answer and request body.</summary>
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Sets the studio's encoder and metadata on <paramref name="options"/> (also ASP.NET Core's, for request bodies).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.TypeInfoResolverChain.Insert(0, StudioJsonContext.Default);
        return options;
    }

    /// <summary>A JSON answer of <paramref name="value"/>.</summary>
    public static IResult Result<T>(T value, int? statusCode = null) =>
        Results.Json(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)), statusCode: statusCode);
}

/// <summary>Compile-time JSON metadata for the studio's answers and request bodies, and for the values a notice or a
/// field example can hold where an answer carries them as <c>object</c> (strings, lists, maps).</summary>
[JsonSerializable(typeof(StudioResponses.Info))]
[JsonSerializable(typeof(StudioResponses.Created))]
[JsonSerializable(typeof(StudioResponses.Preview))]
[JsonSerializable(typeof(StudioResponses.SavedPath))]
[JsonSerializable(typeof(StudioResponses.DraftView))]
[JsonSerializable(typeof(List<StudioResponses.DirectoryEntry>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(StudioResponses.RecipientTable))]
[JsonSerializable(typeof(StudioResponses.Wording))]
[JsonSerializable(typeof(StudioResponses.WordingText))]
[JsonSerializable(typeof(StudioResponses.SendStarted))]
[JsonSerializable(typeof(StudioResponses.JobState))]
[JsonSerializable(typeof(StudioResponses.ProblemList))]
[JsonSerializable(typeof(StudioResponses.ErrorMessage))]
[JsonSerializable(typeof(StudioApi.CreateDraft))]
[JsonSerializable(typeof(StudioApi.PreviewRequest))]
[JsonSerializable(typeof(StudioApi.LoadRecipients))]
[JsonSerializable(typeof(StudioApi.WordingEdit))]
[JsonSerializable(typeof(StudioApi.SendRequest))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(List<object>))]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<Dictionary<string, string>>))]
[JsonSerializable(typeof(List<IReadOnlyDictionary<string, object>>))]
internal sealed partial class StudioJsonContext : JsonSerializerContext;
