using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WorkflowHub.Security.Authentication;

namespace WorkflowHub.Security.Tokens;

public sealed record IssuedToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>
/// JSON Web Tokens signed with HMAC-SHA256 (RFC 7519/7515). Only HS256 with a known key id is accepted, so neither
/// "none" nor a swapped algorithm gets through; issuer, audience and lifetime are checked against our clock.
/// </summary>
public sealed class TokenService(SigningKeyring keys, IOptions<SecurityOptions> options, TimeProvider clock)
{
    private static readonly string[] CarriedClaims = [ClaimTypes.NameIdentifier, ClaimTypes.Name, ActorClaims.Kind, ActorClaims.Account, ActorClaims.Stamp, ActorClaims.TrackingCode];

    public IssuedToken Issue(IEnumerable<Claim> claims, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow();
        var expires = now + lifetime;
        var (keyId, key) = keys.Current;
        var payload = new JsonObject
        {
            ["iss"] = options.Value.Issuer,
            ["aud"] = options.Value.Issuer,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["jti"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant(),
        };
        foreach (var claim in claims)
        {
            if (CarriedClaims.Contains(claim.Type)) payload[Short(claim.Type)] = claim.Value;
        }

        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = keyId };
        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput)));
        return new IssuedToken(signingInput + "." + signature, DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    /// <summary>The token's identity, or null with the reason when it is malformed, forged, for someone else or expired.</summary>
    public (ClaimsIdentity? Identity, string? Failure) Validate(string token, string authenticationType)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return (null, "The token is malformed.");
        JsonObject? header, payload;
        try
        {
            header = JsonNode.Parse(FromBase64Url(parts[0])) as JsonObject;
            payload = JsonNode.Parse(FromBase64Url(parts[1])) as JsonObject;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return (null, "The token is malformed.");
        }

        if (header is null || payload is null || Text(header, "alg") != "HS256") return (null, "The token's algorithm is not accepted.");
        if (keys.Find(Text(header, "kid")) is not { } key) return (null, "The token's key is unknown.");
        var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        byte[] given;
        try { given = FromBase64Url(parts[2]); }
        catch (FormatException) { return (null, "The token is malformed."); }
        if (!CryptographicOperations.FixedTimeEquals(expected, given)) return (null, "The token's signature is invalid.");
        if (Text(payload, "iss") != options.Value.Issuer || Text(payload, "aud") != options.Value.Issuer) return (null, "The token was issued for someone else.");
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (Number(payload, "exp") is not { } exp || exp <= now) return (null, "The token has expired.");
        if (Number(payload, "nbf") is { } nbf && nbf > now) return (null, "The token is not valid yet.");

        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        foreach (var type in CarriedClaims)
        {
            if (Text(payload, Short(type)) is { } value) identity.AddClaim(new Claim(type, value));
        }

        return identity.FindFirst(ClaimTypes.NameIdentifier) is null ? (null, "The token names nobody.") : (identity, null);
    }

    private static string Short(string claimType) => claimType switch
    {
        ClaimTypes.NameIdentifier => "sub",
        ClaimTypes.Name => "name",
        _ => claimType,
    };

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static long? Number(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    private static string Encode(JsonNode json) => Base64Url(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException() };
        return Convert.FromBase64String(padded);
    }
}
