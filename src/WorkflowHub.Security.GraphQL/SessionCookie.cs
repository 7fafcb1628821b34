using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WorkflowHub.Security.Tokens;

namespace WorkflowHub.Security.GraphQL;

/// <summary>
/// The studio's session: the token in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS), so scripts cannot read it and
/// other sites cannot send it. A browser-session cookie: it goes when the browser closes, and the token inside expires on its own.
/// </summary>
public sealed class SessionCookie(IHttpContextAccessor http, IOptions<SecurityOptions> options)
{
    public void Set(IssuedToken token)
    {
        if (http.HttpContext is not { } context) return;
        context.Response.Cookies.Append(options.Value.CookieName, token.Token, new CookieOptions
        {
            HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true,
        });
    }

    public void Clear()
    {
        if (http.HttpContext is not { } context) return;
        context.Response.Cookies.Delete(options.Value.CookieName, new CookieOptions { HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = "/" });
    }
}
