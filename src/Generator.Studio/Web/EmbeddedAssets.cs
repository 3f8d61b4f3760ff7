using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Generator.Studio.Web;

/// <summary>Serves the page, its scripts and vendored pdf.js from resources embedded in this assembly (wwwroot/…).</summary>
internal static class EmbeddedAssets
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly HashSet<string> Names = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal) || n.StartsWith("wwwroot\\", StringComparison.Ordinal))
        .Select(n => n.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);

    /// <summary>Writes the asset at <paramref name="relativePath"/> (e.g. <c>app.js</c>); 404 when there is none.</summary>
    public static async Task Serve(HttpContext context, string relativePath)
    {
        var name = "wwwroot/" + relativePath.TrimStart('/');
        if (!Names.Contains(name))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await using var stream = Assembly.GetManifestResourceStream(name) ?? Assembly.GetManifestResourceStream(name.Replace('/', '\\'))!;
        if (!ContentTypes.TryGetContentType(name, out var type)) type = "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || name.EndsWith(".mjs", StringComparison.Ordinal) || name.EndsWith(".js", StringComparison.Ordinal))
            type = (name.EndsWith("js", StringComparison.Ordinal) ? "text/javascript" : type) + "; charset=utf-8";
        context.Response.ContentType = type;
        context.Response.ContentLength = stream.Length;
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
