package org.gbakg.relate;

import static org.assertj.core.api.Assertions.assertThat;

import org.gbakg.TestLoader;
import org.junit.jupiter.api.Test;

class QuantityRuleTest {

    @Test
    void readsAnAreaOfTheNameBeforeIt() {
        assertThat(TestLoader.facts("橫琴的106平方公里主要服務於澳門。"))
                .contains("measure 横琴粤澳深度合作区 area 106 KiloM2 =");
    }

    @Test
    void multipliesOutWanAndKeepsTheStatedUnit() {
        assertThat(TestLoader.facts("港深創科園的第一期總面積可以達到1,000萬平方尺。"))
                .contains("measure 港深创科园第一期 area 10000000 FT2 =");
    }

    @Test
    void readsHectaresInSimplifiedScript() {
        assertThat(TestLoader.facts("南沙的首期面积约为35公顷。"))
                .contains("measure 南沙 area 35 HA ~");
    }

    @Test
    void readsATargetWithChineseNumeralsAndAYear() {
        assertThat(TestLoader.facts("力爭到2025年打造深港高水平科研合作平台20個以上，落地國際性產業與標準組織五個以上。"))
                .contains("target 深港高水平科研合作平台 20 NUM >= 2025", "target 国际性产业与标准组织 5 NUM >= 2025");
    }

    @Test
    void readsAnAreaTargetWithSpacesAroundTheNumber() {
        assertThat(TestLoader.facts("到2035年累计建成科创空间 150 万平方米以上。"))
                .contains("target 科创空间 1500000 M2 >= 2035");
    }

    @Test
    void readsAPercentage() {
        assertThat(TestLoader.facts("前海合作區今年上半年實際使用外資增長12.5%。"))
                .anyMatch(f -> f.startsWith("measure 前海深港现代服务业合作区 quantity 12.5 PERCENT"));
    }

    @Test
    void readsSharesWrittenInWordsAsPercentages() {
        assertThat(TestLoader.facts("前海深港現代服務業合作區的港資企業佔比超過八成，約佔兩成三。這一成果來之不易。"))
                .contains("measure 前海深港现代服务业合作区 quantity 80 PERCENT >",
                        "measure 前海深港现代服务业合作区 quantity 23 PERCENT ~")
                .hasSize(2);
    }

    @Test
    void readsAmountsInACurrencyMultipliedOut() {
        assertThat(TestLoader.facts("河套深港科技創新合作區預留約3億港元，設立總規模50億元的基金。"))
                .anyMatch(f -> f.startsWith("measure 河套深港科技创新合作区 quantity 300000000 HKD ~"))
                .anyMatch(f -> f.contains("quantity 5000000000 CNY"));
    }

    @Test
    void readsATargetYearWrittenInChineseNumerals() {
        assertThat(TestLoader.facts("港深創科園第一期其餘五座會在二〇二七年或之前完成。"))
                .anyMatch(f -> f.startsWith("target ") && f.endsWith(" 5 NUM = 2027"));
    }

    @Test
    void takesNoYearDateOrOrdinalForAQuantity() {
        assertThat(TestLoader.facts("2025年9月5日，河套深港科技創新合作區第一期工程舉行儀式，這是一個大的突破。"))
                .noneMatch(f -> f.startsWith("measure") || f.startsWith("target"));
    }

    @Test
    void givesAFigureToTheNameThatOpensItsClause() {
        assertThat(TestLoader.facts("在肇慶，目前肇慶新區高新園區集聚企業逾300家。"))
                .contains("measure 肇庆新区高新园区 quantity 300 NUM >");
    }

    @Test
    void givesAnAreaInAClauseWithoutSubjectToTheSentencesSubject() {
        assertThat(TestLoader.facts("香港理工大學（佛山）位於三龍灣科學城，佔地約40公頃。"))
                .contains("measure 香港理工大学（佛山） area 40 HA ~");
    }

    @Test
    void countsProvisionsForTheDocumentNamedBefore() {
        assertThat(TestLoader.facts("中山市人民政府出台《中山市支持翠亨新區發展若干措施》。措施從人才、金融等方面提出15條具體舉措。"))
                .contains("measure 中山市支持翠亨新区发展若干措施 quantity 15 NUM =");
    }

    @Test
    void aChangeInAClauseOfItsOwnIsOfTheFigureBefore() {
        assertThat(TestLoader.facts("翠亨新區今年引進港澳企業120家，較去年增長約三成。"))
                .contains("measure 翠亨新区 quantity 120 NUM =", "measure 翠亨新区 quantity 30 PERCENT ~");
    }

    @Test
    void countsOfPeopleWhoAttendedBelongToTheEvent() {
        assertThat(TestLoader.facts("江門市今日舉行僑商合作推介會。港澳企業代表約200人參加。"))
                .contains("measure 侨商合作推介会 quantity 200 NUM ~");
    }

    @Test
    void aQuotedNameBeforeAWordForASchemeNamesTheScheme() {
        assertThat(TestLoader.facts("「港澳藥械通」政策下，指定醫療機構已增至四十五間。"))
                .contains("measure 港澳药械通 quantity 45 NUM =");
    }

    @Test
    void aPlaceNamedAsWhereSomethingIsDoesNotTakeItsFigures() {
        assertThat(TestLoader.facts("江門創新中心今日揭牌。中心將設在銀湖灣新區，首期面積約3萬平方米，可容納約60家企業。"))
                .contains("measure 江门创新中心 area 30000 M2 ~", "measure 江门创新中心 quantity 60 NUM ~");
    }

    @Test
    void theCountOfAListIsTheWholes() {
        assertThat(TestLoader.facts("翠亨新區由起步區、東部片區、南朗片區三個區塊組成。"))
                .contains("measure 翠亨新区 quantity 3 NUM =");
    }

    @Test
    void partnersCountedBeforeBuildingTogetherBelongToWhatTheyBuild() {
        assertThat(TestLoader.facts("江門職業技術學院將與區內5家企業共建產教融合中心。"))
                .contains("measure 产教融合中心 quantity 5 NUM =");
    }

    @Test
    void aFigureBefore的DescribesTheNameAfterIt() {
        assertThat(TestLoader.facts("政府將發展佔地約三百公頃的新界北科技城。"))
                .contains("measure 新界北科技城 area 300 HA ~");
    }

    @Test
    void aDatesYearIsNoPartOfTheNameAfterIt() {
        assertThat(TestLoader.facts("2025年前海法院共審結案件4125件。"))
                .anyMatch(f -> f.startsWith("measure 前海法院 quantity 4125 NUM"));
    }
}
