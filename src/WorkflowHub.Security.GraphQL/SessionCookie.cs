using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WorkflowHub.Security.Tokens;

namespace WorkflowHub.Security.GraphQL;

/// <summary>The studio's session: the token in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS), so scripts cannot read it and other sites cannot send it.</summary>
public sealed class SessionCookie(IHttpContextAccessor http, IOptions<SecurityOptions> options)
{
    public void Set(IssuedToken token)
    {
        if (http.HttpContext is not { } context) return;
        context.Response.Cookies.Append(options.Value.CookieName, token.Token, new CookieOptions
        {
            HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = "/", Expires = token.ExpiresAt, IsEssential = true,
        });
    }

    public void Clear()
    {
        if (http.HttpContext is not { } context) return;
        context.Response.Cookies.Delete(options.Value.CookieName, new CookieOptions { HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = "/" });
    }
}
