namespace OpenData.Data.Tests.Import;

/// <summary>Small files in each official format, with the real files' headers and quirks (padded names, BOM, decimal commas).</summary>
internal static class Fixtures
{
    public const string EgdiHeader =
        "Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index";

    /// <summary>UN Data Center export: names padded with a space, one member state not assessed (empty rank).</summary>
    public const string Egdi2022 = EgdiHeader + """

        2022,"Denmark ",1,0.97170,0.98860,0.98850,0.95750,0.96900
        2022,"Republic of Korea ",3,0.95290,0.97730,0.98260,0.93380,0.94220
        2022,"Estonia ",8,0.93930,0.92050,0.95010,0.94180,0.92590
        2022,"Viet Nam ",86,0.67870,0.53410,0.64840,0.69030,0.69730
        2022,"South Sudan ",,0.00000,0.00000,0.00000,0.00000,0.00000
        """;

    public const string Egdi2024Derived = """
        Survey Year,Country,Rank,E_Index,E_Participation,Online_Service,Human_Capital,Tele_Infra,Region
        2024,Denmark ,1,0.98474,1.00000,0.99802,0.96500,0.99120,Europe
        2024,Viet Nam ,71,0.77092,0.60270,0.70811,0.72665,0.87797,Asia
        2024,Singapore ,3,0.96908,0.95890,0.99399,0.91560,0.99767,Asia
        """;

    /// <summary>UNU-EGOV copy: ISO3 codes, ranks as floats, binary-float noise in the scores, no year column.</summary>
    public const string UnuEgov2010 = """
        country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii
        KOR,Republic of Korea,1.0,0.87851,1.0,1.0,0.9888,0.6457
        USA,United States of America,2.0,0.85104999999999996,0.8571,0.9365,0.9787,0.6389000000000001
        VNM,Viet Nam,90.0,0.44543999999999995,0.2285,0.3063,0.8104,0.2196
        """;

    public const string Gci2020Header = "\"cc_iso3c\",\"ref_year\",\"variable\",\"value\"";

    /// <summary>Long format with a BOM; GBR and SWE tie on the overall score.</summary>
    public const string Gci2020 = "\uFEFF" + Gci2020Header + """

        "USA",2020,"gci_overall",100
        "USA",2020,"gci_legal_measures",20
        "GBR",2020,"gci_overall",99.54
        "SWE",2020,"gci_overall",99.54
        "EST",2020,"gci_overall",99.48
        "EST",2020,"gci_technical_measures",19.49
        "VNM",2020,"gci_overall",94.55
        """;

    public const string Gci2024 = """
        country,legal,technical,organizational,capacity,cooperation,gci,iso3,year
        Viet Nam,20.0,20.0,20.0,19.74051696149844,20.0,99.74051696149844,VNM,2024
        Denmark,20.0,20.0,20.0,20.0,20.0,100.0,DNK,2024
        Finland,19.0,18.0,17.5,15.2,16.0,85.7,FIN,2024
        Estonia,12.0,10.0,11.0,10.5,10.0,53.5,EST,2024
        Singapore,4.0,3.0,4.0,3.0,2.0,16.0,SGP,2024
        """;

    public const string GiiHeader =
        "Economies;Year;ID;Institutions;Human capital and research;Infrastructure;Market sophistication;Business sophistication;Knowledge and technology outputs;Creative outputs;Global Innovation Index;GNI per capita in current U.S. dollars ;Income level (GNI Thresholds);GDP per capita, ppp (constant 2017 international $);GDP per capita ppp (current international $)";

    /// <summary>Two years; SWE and KOR tie in 2021; Estonia has no score in 2021.</summary>
    public const string Gii = "\uFEFF" + GiiHeader + """

        Switzerland;2021;1;90,1;60;66,1;70;68,5;64,4;59,9;65,5;90360;4;70000,5;72000,1
        Sweden;2021;2;88;63,2;64;66;65,1;59,8;49,5;63,1;54290;4;52000;54000
        Republic of Korea (the);2021;3;76,3;66,5;62,4;60,2;56,8;53,9;53,6;63,1;34980;4;42000;45000
        Vietnam;2021;4;58,6;29,2;43,1;54,1;26,9;33,9;32,3;37,5;3560;2;10000;11000
        Estonia;2021;5;;;;;;;;;25000;4;36000;38000
        Switzerland;2022;1;89,7;60,5;66,3;70,4;67,7;63,9;58,7;64,6;;;;
        Vietnam;2022;4;55,3;28,4;40,7;52,3;26,5;34,4;30,2;34,3;;;;
        """;

    public const string IsoHeader =
        "name,alpha-2,alpha-3,country-code,iso_3166-2,region,sub-region,intermediate-region,region-code,sub-region-code,intermediate-region-code";

    public const string Iso = IsoHeader + """

        Viet Nam,VN,VNM,704,ISO 3166-2:VN,Asia,South-eastern Asia,"",142,035,""
        "Korea, Republic of",KR,KOR,410,ISO 3166-2:KR,Asia,Eastern Asia,"",142,030,""
        Côte d'Ivoire,CI,CIV,384,ISO 3166-2:CI,Africa,Sub-Saharan Africa,Western Africa,002,202,011
        Antarctica,AQ,ATA,010,ISO 3166-2:AQ,"","","","","",""
        """;
}
