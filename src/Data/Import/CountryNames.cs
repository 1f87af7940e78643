using System.Text;

namespace OpenData.Data.Import;

internal static class CountryNames
{
    /// <summary>Trimmed and NFC, so "Viet Nam " and a decomposed "Türkiye" match their stored forms.</summary>
    public static string Normalize(string name) => name.Trim().Normalize(NormalizationForm.FormC);

    public static bool IsAlpha3(string code) => code.Length == 3 && code.All(c => c is >= 'A' and <= 'Z');
}
