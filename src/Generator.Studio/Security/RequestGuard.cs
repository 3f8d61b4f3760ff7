using System.Net;
using Microsoft.AspNetCore.Http;

namespace Generator.Studio.Security;

/// <summary>
/// Refuses, with 403, every request that does not come from the user's own browser tab: a Host that is not the address
/// and port served (DNS rebinding), a state-changing request from a foreign Origin (CSRF), and any request without the
/// launch token (query on the first URL, then an HttpOnly SameSite=Strict cookie).
/// </summary>
internal sealed class RequestGuard(StudioToken token, IPAddress listenAddress)
{
    /// <summary>Runs the checks; calls <paramref name="next"/> only when all pass.</summary>
    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var port = context.Connection.LocalPort;
        if (!IsOwnHost(context.Request.Host, port))
        {
            await Refuse(context, "The Host of this request is not the studio's own address.");
            return;
        }
        if (IsStateChanging(context.Request.Method) && !IsOwnOrigin(context.Request, port))
        {
            await Refuse(context, "This request comes from another site.");
            return;
        }
        var cookie = StudioToken.CookieName(port);
        if (token.Matches(context.Request.Query[StudioToken.QueryName].FirstOrDefault()))
        {
            context.Response.Cookies.Append(cookie, token.Value, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.Redirect(context.Request.Path.Value ?? "/"); // the token leaves the address bar and history
                return;
            }
        }
        else if (!token.Matches(context.Request.Cookies[cookie]) && !token.Matches(context.Request.Headers[StudioToken.HeaderName].FirstOrDefault()))
        {
            await Refuse(context, "Open the address that 'generator studio' printed (it carries this launch's token).");
            return;
        }
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        context.Response.Headers["X-Frame-Options"] = "DENY";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        context.Response.Headers["Cache-Control"] = "no-store";
        await next();
    }

    private bool IsOwnHost(HostString host, int port)
    {
        if (!host.HasValue || host.Port != port) return false;
        var name = host.Host.Trim('[', ']');
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (!IPAddress.TryParse(name, out var address)) return false;
        // an address literal cannot be rebound by DNS: any of the machine's addresses is fine when listening on all of them
        return IPAddress.IsLoopback(address) || listenAddress.Equals(IPAddress.Any) || listenAddress.Equals(IPAddress.IPv6Any) || address.Equals(listenAddress);
    }

    private static bool IsStateChanging(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    private static bool IsOwnOrigin(HttpRequest request, int port)
    {
        if (request.Headers["Sec-Fetch-Site"].FirstOrDefault() is "cross-site" or "same-site") return false;
        var origin = request.Headers.Origin.FirstOrDefault();
        if (string.IsNullOrEmpty(origin)) return true; // not a browser's cross-origin request; the cookie is SameSite=Strict
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme == "http" && uri.Port == port
            && string.Equals($"{uri.Host}:{uri.Port}", request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static Task Refuse(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync($"403 Forbidden: {message}\n");
    }
}
