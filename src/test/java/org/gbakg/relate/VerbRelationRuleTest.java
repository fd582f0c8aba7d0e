package org.gbakg.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gbakg.TestLoader;
import org.junit.jupiter.api.Test;

class VerbRelationRuleTest {

    @Test
    void readsTheIssuerAndMonthOfADocument() {
        assertThat(TestLoader.facts("今年5月中央區域協調發展領導小組辦公室印發《京津冀協同發展2023年重點工作安排》。"))
                .contains("issued 京津冀协同发展2023年重点工作安排 by 中央区域协调发展领导小组办公室 2023-05");
    }

    @Test
    void readsTheIssuerInSimplifiedScript() {
        assertThat(TestLoader.facts("国务院日前印发《横琴粤澳深度合作区建设总体方案》。"))
                .contains("issued 横琴粤澳深度合作区建设总体方案 by 中华人民共和国国务院");
    }

    @Test
    void doesNotMakeAnIssuerOfABodyAfterTheVerb() {
        assertThat(TestLoader.facts("印發《深圳園區發展規劃》的是國務院。")).noneMatch(f -> f.startsWith("issued"));
    }

    @Test
    void readsTheBodyThatHostsAnOffice() {
        assertThat(TestLoader.facts("中央區域協調發展領導小組的運作方面，領導小組辦公室設在國家發展改革委。"))
                .contains("rel 中央区域协调发展领导小组办公室 hostedBy 国家发展和改革委员会");
    }

    @Test
    void readsWhereAThingIsBeforeIt() {
        assertThat(TestLoader.facts("此外，位處深圳園區的香港科學園深圳分園已經開始運作。河套深港科技創新合作區深圳園區一景。"))
                .contains("rel 香港科学园深圳分园 locatedIn 河套深港科技创新合作区深圳园区");
    }

    @Test
    void readsWhomAPlatformServes() {
        assertThat(TestLoader.facts("橫琴主要服務於澳門的經濟適度多元發展。"))
                .contains("rel 横琴粤澳深度合作区 serves 澳门特别行政区");
    }

    @Test
    void readsWhatIsUnderALeadingGroupsLeadership() {
        assertThat(TestLoader.facts("在中央區域協調發展領導小組領導下，統籌推進河套深港科技創新合作區深圳園區重大事項。"))
                .contains("rel 河套深港科技创新合作区深圳园区 ledBy 中央区域协调发展领导小组");
    }

    @Test
    void readsEveryIssuerOfAListAndADocumentNamedBefore() {
        assertThat(TestLoader.facts("中共中央、國務院印發了《橫琴粵澳深度合作區建設總體方案》。海關總署日前印發上述方案的配套措施。"))
                .contains("issued 横琴粤澳深度合作区建设总体方案 by 中国共产党中央委员会",
                        "issued 横琴粤澳深度合作区建设总体方案 by 中华人民共和国国务院",
                        "issued 横琴粤澳深度合作区建设总体方案 by 中华人民共和国海关总署");
    }

    @Test
    void readsWhatABodyRunsAndWhatAParkBuilds() {
        assertThat(TestLoader.facts("由前海管理局主办的2024前海全球服务商大会将于下月举行。"
                + "香港科技园公司已在河套深港科技创新合作区深圳园区设立香港科学园深圳分园。"))
                .anyMatch(f -> f.startsWith("rel 2024前海全球服务商大会 organizer "))
                .contains("rel 香港科学园深圳分园 locatedIn 河套深港科技创新合作区深圳园区");
    }

    @Test
    void readsAPlaceInsideAnotherBeforeDe() {
        assertThat(TestLoader.facts("位於前海合作區內的前海深港國際法務區已集聚法律服務機構220家。"))
                .contains("rel 前海深港国际法务区 locatedIn 前海深港现代服务业合作区");
    }

    @Test
    void readsAUnitNamedAsTheBodysOwn() {
        assertThat(TestLoader.facts("香港特區政府發展局轄下的北部都會區統籌辦事處將於明年成立。"))
                .anyMatch(f -> f.startsWith("rel 北部都会区统筹办事处 unitOf "));
    }

    @Test
    void readsAMergerOfLeadingGroups() {
        assertThat(TestLoader.facts("中央決定把這些重大戰略領導小組合併為「中央區域協調發展領導小組」來統管。"))
                .contains("merge [重大战略领导小组] -> 中央区域协调发展领导小组");
    }

    @Test
    void linksAbbreviationsToTheNameTheyShorten() {
        assertThat(TestLoader.facts("城市規劃委員會（城規會）通過草圖。江門市銀湖灣濱海新區管理委員會表示支持，江門市銀湖灣管委會將跟進。"))
                .contains("alias 城市规划委员会 = 城规会", "alias 江门市银湖湾滨海新区管理委员会 = 江门市银湖湾管委会");
    }

    @Test
    void aThingSetUpIsHostedByTheBodiesThatSetItUpAndLocatedWhereTheyDo() {
        assertThat(TestLoader.facts("中山市人民政府與香港生產力促進局昨日簽署協議，雙方將在翠亨新區設立「中港創新服務中心」。"))
                .contains("rel 中港创新服务中心 hostedBy 中山市人民政府", "rel 中港创新服务中心 hostedBy 香港生产力促进局",
                        "rel 中港创新服务中心 locatedIn 翠亨新区");
        assertThat(TestLoader.facts("海關總署將在拱北海關設立粵港澳大灣區通關服務中心。"))
                .contains("rel 粤港澳大湾区通关服务中心 hostedBy 中华人民共和国海关总署",
                        "rel 粤港澳大湾区通关服务中心 locatedIn 拱北海关");
    }

    @Test
    void anAgreementIsSignedByTheBodiesBeforeTheVerb() {
        assertThat(TestLoader.facts("江門市商務局與香港總商會昨日簽署《江港經貿合作備忘錄》。"))
                .contains("rel 江港经贸合作备忘录 signedBy 江门市商务局", "rel 江港经贸合作备忘录 signedBy 香港总商会");
    }

    @Test
    void everyBodyOfAListOpenedBy由RunsTheEventThatFollows() {
        assertThat(TestLoader.facts("由江門市人民政府主辦、江門市商務局（以下簡稱「市商務局」）承辦的2026粵港澳大灣區（江門）僑商大會在江門舉行。"))
                .contains("rel 2026粤港澳大湾区（江门）侨商大会 organizer 江门市人民政府",
                        "rel 2026粤港澳大湾区（江门）侨商大会 organizer 江门市商务局");
    }

    @Test
    void aPlaceBuiltBy由ABodyAndAnotherIsHostedByBoth() {
        assertThat(TestLoader.facts("江門物流園由江門市人民政府與香港機場管理局共同建設。"))
                .contains("rel 江门物流园 hostedBy 江门市人民政府", "rel 江门物流园 hostedBy 香港机场管理局");
    }

    @Test
    void aClauseWithoutSubjectLocatesWhatTheSentenceIsAbout() {
        assertThat(TestLoader.facts("江門調解中心由江門仲裁委員會發起設立，設在銀湖灣新區。"))
                .contains("rel 江门调解中心 locatedIn 银湖湾新区", "rel 江门调解中心 hostedBy 江门仲裁委员会");
    }

    @Test
    void aBodyUnderAnotherIsItsSubOrganization() {
        assertThat(TestLoader.facts("江門海關隸屬廣州海關，負責通關業務。"))
                .contains("rel 江门海关 subOrganizationOf 广州海关");
    }

    @Test
    void locatesWhatIsNamedAfterAPlaceAndASmallerPlaceInIt() {
        assertThat(TestLoader.facts("位於珠海高新區唐家灣的珠港青年創新創業基地今日揭牌。"))
                .contains("rel 珠港青年创新创业基地 locatedIn 珠海高新区");
    }

    @Test
    void quotedGroupsMergeAndTheNewGroupsShortNameOpensItsOffice() {
        List<String> facts = TestLoader.facts("將原「江門新區開發建設領導小組」與「江港澳合作專責小組」合併為「江門市深化面向港澳全面合作領導小組」"
                + "（下稱「江門領導小組」）。江門領導小組辦公室設在江門市發展和改革局。");
        assertThat(facts).contains("merge [江门新区开发建设领导小组, 江港澳合作专责小组] -> 江门市深化面向港澳全面合作领导小组",
                "alias 江门市深化面向港澳全面合作领导小组 = 江门领导小组",
                "rel 江门领导小组办公室 unitOf 江门市深化面向港澳全面合作领导小组");
    }

    @Test
    void 本局IsTheBureauNamedBeforeAndNoAlias() {
        List<String> facts = TestLoader.facts("勞工及福利局局長孫玉菡今日答覆議員提問。本局去年公布《大灣區安老服務發展藍圖》。");
        assertThat(facts).contains("issued 大湾区安老服务发展蓝图 by 劳工及福利局").noneMatch(f -> f.endsWith("= 本局"));
    }

    @Test
    void aClauseOfItsOwnNamesWhoElseRunsTheEvent() {
        assertThat(TestLoader.facts("推進會由中共廣東省委網絡安全和信息化委員會辦公室主辦，江門市商務局（以下簡稱「市商務局」）承辦。"))
                .contains("rel 推进会 organizer 中共广东省委网络安全和信息化委员会办公室", "rel 推进会 organizer 江门市商务局");
    }
}
