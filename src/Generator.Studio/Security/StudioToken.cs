using System.Security.Cryptography;

namespace Generator.Studio.Security;

/// <summary>The per-launch secret, as notebook servers use: in the first URL, then kept in a cookie.</summary>
public sealed class StudioToken
{
    /// <summary>Uses <paramref name="value"/>, or makes a random 32-byte one.</summary>
    public StudioToken(string? value = null) =>
        Value = string.IsNullOrEmpty(value) ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) : value;

    /// <summary>The token text (hex).</summary>
    public string Value { get; }

    /// <summary>Name of the query parameter that carries the token in the first URL.</summary>
    public const string QueryName = "token";

    /// <summary>Header that scripts may send instead of the cookie.</summary>
    public const string HeaderName = "X-Studio-Token";

    /// <summary>The cookie name; it names the port because cookies are shared by every port of a host.</summary>
    public static string CookieName(int port) => $"generator_studio_{port}";

    /// <summary>Compares in constant time.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(candidate), System.Text.Encoding.ASCII.GetBytes(Value));
}
