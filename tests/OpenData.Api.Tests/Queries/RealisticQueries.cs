namespace OpenData.Api.Tests.Queries;

/// <summary>Queries the three kinds of users send, as they would write them. Their answers are snapshotted.</summary>
public static class RealisticQueries
{
    public static TheoryData<string, string> All => new()
    {
        // Journalists: one figure, its change, its source.
        { "journalist_viet_nam_latest_rank_in_every_index", """
            { area(code: "VNM") { name(lang: VI) latestRankings { edition { year index { code name } } rank rankQualifier outOf rankChange previousRank previousEntry { derived note } source { code title licence } } } }
            """ },
        { "journalist_egdi_2024_entry", """
            { rankings(where: { edition: { year: { eq: 2024 }, index: { code: { eq: "EGDI" } } }, area: { code: { eq: "VNM" } } }) { nodes { rank outOf previousRank rankChange derived note source { code publisher publishedOn licence } previousEntry { rank derived note edition { year } } } } }
            """ },
        { "journalist_gci_2024_rank_and_tiers_note", """
            { rankings(where: { edition: { index: { code: { eq: "GCI" } } }, area: { code: { eq: "VNM" } } }, order: [{ edition: { year: DESC } }]) { nodes { edition { year } rank outOf tier derived note source { code } } } }
            """ },
        { "journalist_4g_and_fibre_beside_comparison_areas", """
            { observations(where: { indicator: { code: { in: ["MOBILE_4G_POPULATION_COVERAGE", "FIBRE_HOUSEHOLD_SHARE"] } } }, order: [{ indicator: { code: ASC } }, { value: DESC }]) { nodes { indicator { code name } area { code name kind } value unit period { text } note source { code } } } }
            """ },
        { "journalist_hai_phong_online_dossier_share", """
            { area(code: "VN-HP") { name(lang: VI) parent { code } series(indicator: "DOSSIERS_PROCESSED_ONLINE_SHARE") { value status period { text } source { code } } } }
            """ },
        { "journalist_ecommerce_revenue_with_2024_range", """
            { area(code: "VNM") { series(indicator: "ECOMMERCE_REVENUE") { value low high qualifier status unit period { text } note } } }
            """ },
        { "journalist_community_digital_teams_with_derived_2022", """
            { observations(where: { indicator: { code: { eq: "COMMUNITY_DIGITAL_TEAMS" } } }, order: [{ periodStart: ASC }]) { nodes { value qualifier status derived period { text } note source { code } } } }
            """ },
        { "journalist_accent_insensitive_search", """
            { areas(where: { or: [{ nameVi: { contains: "hai phong", mode: INSENSITIVE } }, { nameEn: { eq: "VIET NAM", mode: INSENSITIVE } }] }) { nodes { code name(lang: VI) nameEn } } }
            """ },
        // Developers: series for charts, lists for pickers, IDs.
        { "developer_digital_economy_gdp_share_series", """
            { observations(where: { indicator: { code: { eq: "DIGITAL_ECONOMY_GDP_SHARE" } }, area: { code: { eq: "VNM" } } }, order: [{ periodStart: ASC }]) { nodes { period { kind text start end } value qualifier status unit source { code } } } }
            """ },
        { "developer_platforms_by_mau_band", """
            { observations(where: { indicator: { code: { startsWith: "PLATFORMS_" } } }, order: [{ indicator: { code: ASC } }]) { nodes { indicator { code name } value qualifier period { text } source { code } } } }
            """ },
        { "developer_named_platforms", """
            { platforms(first: 10) { totalCount nodes { code name domestic description observations { indicator { code } value period { text } } } } }
            """ },
        { "developer_indicators_of_digital_government", """
            { indicators(where: { topic: { eq: DIGITAL_GOVERNMENT } }, first: 5) { totalCount pageInfo { hasNextPage } nodes { code name name_vi: name(lang: VI) unit higherIsBetter } } }
            """ },
        { "developer_ranking_indices_and_rules", """
            { rankingIndices { nodes { code name publisher rankingRule higherScoreIsBetter editions { year economiesRanked } } } }
            """ },
        { "developer_forecasts_and_estimates", """
            { observations(where: { status: { in: [ESTIMATE, FORECAST] }, area: { code: { eq: "VNM" } } }, order: [{ indicator: { code: ASC } }, { periodStart: ASC }]) { nodes { indicator { code } value qualifier status period { text } } } }
            """ },
        { "developer_lower_bounds_are_not_values", """
            { observations(where: { qualifier: { eq: LOWER_BOUND } }, order: [{ indicator: { code: ASC } }]) { totalCount nodes { indicator { code } value qualifier status period { text } } } }
            """ },
        { "developer_children_of_viet_nam", """
            { area(code: "VNM") { code children { code kind name name_vi: name(lang: VI) } } }
            """ },
        // Universities: whole tables with citations.
        { "university_every_observation_of_document_004", """
            { observations(first: 100, where: { source: { code: { eq: "DOC-004" } } }) { totalCount nodes { indicator { code } area { code } platform { code } value low high outOf qualifier status derived period { text } note } } }
            """ },
        { "university_sources_and_licences", """
            { sources { nodes { code title titleEn publisher publishedOn language documentFile kind licence note } } }
            """ },
        { "university_rankings_preferring_the_publisher", """
            { rankings(preferPublisher: true, order: [{ edition: { index: { code: ASC } } }, { edition: { year: ASC } }]) { totalCount nodes { edition { year index { code } } area { code } rank derived source { code kind } } } }
            """ },
        { "university_targets", """
            { observations(where: { status: { eq: TARGET } }, order: [{ periodStart: ASC }, { indicator: { code: ASC } }]) { nodes { indicator { code } area { code } value qualifier period { text } source { code } } } }
            """ },
        { "university_dataset_counts_and_licence", """
            { dataset { name licence areas sources indicators observations rankingEntries } }
            """ },
    };
}
