using OpenData.Data.Model;

namespace OpenData.Data.Import.Formats;

/// <summary>Publishers, licences and indices as the reference data's PROVENANCE files state them.</summary>
internal static class Sources
{
    public const string UnLicence = "not stated (UN open data)";
    public const string ItuLicence = "ITU terms of use: educational and non-commercial re-use only";
    public const string GiiLicence = "CC BY-NC-ND 3.0 IGO";
    public const string GiiLicenceUrl = "https://creativecommons.org/licenses/by-nc-nd/3.0/igo/";
    public const string IsoLicence = "CC BY-SA 4.0";
    public const string IsoLicenceUrl = "https://creativecommons.org/licenses/by-sa/4.0/";

    public const string EgdiUrl = "https://publicadministration.un.org/egovkb/en-us/Data-Center";
    public const string GciUrl = "https://www.itu.int/en/ITU-D/Cybersecurity/Pages/global-cybersecurity-index.aspx";
    public const string GiiUrl = "https://www.wipo.int/global_innovation_index/";

    public static readonly IndexSpec Egdi = new("EGDI", "E-Government Development Index", "UN DESA", RankingRule.Competition,
        "UN E-Government Survey: online services, telecommunication infrastructure and human capital, 0 to 1; biennial.") { Url = EgdiUrl };

    public static readonly IndexSpec Gci = new("GCI", "Global Cybersecurity Index", "ITU", RankingRule.Dense,
        "ITU's measure of countries' commitment to cybersecurity over five pillars, 0 to 100; tied scores share a rank; tiers instead of ranks from 2024.") { Url = GciUrl };

    public static readonly IndexSpec Gii = new("GII", "Global Innovation Index", "WIPO", RankingRule.Competition,
        "WIPO (with Cornell and INSEAD): innovation inputs and outputs over seven pillars, 0 to 100; annual.") { Url = GiiUrl };
}
