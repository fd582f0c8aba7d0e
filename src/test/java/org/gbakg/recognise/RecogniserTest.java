package org.gbakg.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gbakg.TestLoader;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Scripts;
import org.gbakg.relate.Reading;
import org.junit.jupiter.api.Test;

class RecogniserTest {

    private static List<String> named(String text, EntityKind kind) {
        return TestLoader.read(text).mentions().stream()
                .map(Reading.ResolvedMention::entity)
                .filter(e -> e.kind() == kind)
                .map(e -> Scripts.fold(e.name()))
                .distinct().toList();
    }

    @Test
    void resolvesAliasesAndShortFormsInEitherScriptToOneEntity() {
        String hant = "國家發展改革委黨組成員郭蘭峰表示，發改委將支持。";
        String hans = "国家发改委党组成员郭兰峰表示，发改委将支持。";
        assertThat(named(hant, EntityKind.BODY)).containsExactly("国家发展和改革委员会");
        assertThat(named(hans, EntityKind.BODY)).containsExactly("国家发展和改革委员会");
    }

    @Test
    void takesAShortFormOnlyWhereItsEntityIsNamedInFull() {
        assertThat(named("領導小組辦公室設在國家發展改革委。", EntityKind.BODY)).doesNotContain("中央区域协调发展领导小组办公室");
        assertThat(named("中央區域協調發展領導小組辦公室印發文件。領導小組辦公室設在國家發展改革委。", EntityKind.BODY))
                .contains("中央区域协调发展领导小组办公室");
    }

    @Test
    void findsBodiesTheLexiconDoesNotKnowByTheirEnding() {
        assertThat(named("陳國基表示，政府會繼續在聯合專責小組保持溝通，並與深圳園區公司保持聯繫。河套深港科技創新合作區深圳園區。",
                EntityKind.BODY)).contains("联合专责小组", "深圳园区公司");
    }

    @Test
    void findsProjectsByTheirEndingAndStopsAtTheVerb() {
        assertThat(named("啟動建設國際數據專用通道，探索建設國際通信出入口局等設施。", EntityKind.PROJECT))
                .containsExactlyInAnyOrder("国际数据专用通道", "国际通信出入口局");
    }

    @Test
    void readsAPlaceEndingUsedAloneAsThePlaceNamedBefore() {
        assertThat(TestLoader.read("橫琴粵澳深度合作區建設提速。合作區總面積約106平方公里。").mentions().stream()
                .filter(m -> m.mention().surface().equals("合作區"))
                .map(m -> Scripts.fold(m.entity().name())))
                .containsExactly("横琴粤澳深度合作区");
    }

    @Test
    void takesAShortNameTheArticleDefines() {
        assertThat(named("廣州市成立南沙全面合作領導小組（下稱「南沙小組」）。南沙小組辦公室設在廣州市發展和改革委員會。", EntityKind.BODY))
                .contains("南沙全面合作领导小组").doesNotContain("南沙小组");
    }

    @Test
    void findsEveryReporterOfAByline() {
        assertThat(TestLoader.persons("新华社深圳11月18日电（记者 欧阳文、陈佳琪）深圳市人民政府18日召开会议。"))
                .containsExactly("欧阳文", "陈佳琪");
    }

    @Test
    void takesNoClauseThatEndsLikeABureauForABody() {
        assertThat(named("南沙將服務於香港、澳門融入國家發展大局。深圳市科技創新局局長表示。", EntityKind.BODY))
                .containsExactly("深圳市科技创新局");
    }

    @Test
    void findsAPersonBeforeACaptionMarker() {
        assertThat(TestLoader.persons("早前，港青丁克（中）創立顯揚科技。圖為丁克和團隊成員在討論工作。"))
                .containsExactly("丁克");
    }

    @Test
    void inventsNoPersonFromFragments() {
        String text = "國家發展改革委黨組成員郭蘭峰介表示，郭蘭峰系統梳理了四個平台。約40項目明入駐。"
                + "林新在發布會上表示，支持。港青在位於河套的香港科技大學藍海灣孵化港參觀。黃河流域生態保護。";
        assertThat(TestLoader.persons(text)).contains("郭兰峰")
                .doesNotContain("郭兰峰介", "郭兰峰系", "明入", "林新在", "港青", "青在", "蓝海湾", "黄河", "峰介");
    }

    @Test
    void findsAnUnknownOfficialInSimplifiedScriptByTitle() {
        assertThat(TestLoader.persons("广东省委常委、常务副省长张虎表示，将加快建设。新闻发言人 寿小丽介绍了情况。"))
                .containsExactlyInAnyOrder("张虎", "寿小丽");
    }

    @Test
    void takesAQuotedNameAfterAVerbOfMakingButNotASlogan() {
        String text = "兩地將在佛山設立「佛港科創驛站」，協助企業「走出去」。佛港科創驛站明年啟用。";
        assertThat(named(text, EntityKind.PROJECT)).containsExactly("佛港科创驿站");
        assertThat(TestLoader.read(text).mentions()).filteredOn(m -> m.entity().kind() == EntityKind.PROJECT).hasSize(2);
        assertThat(named("雙方將共同推動「一城兩區」產業協同。", EntityKind.PROJECT)).isEmpty();
    }

    @Test
    void namesABranchWithItsBracketedPlace() {
        assertThat(named("香港理工大學（佛山）副校長李明介紹，學校明年招生。", EntityKind.BODY))
                .contains("香港理工大学（佛山）");
    }

    @Test
    void splitsTwoPlacesJoinedByAConjunction() {
        assertThat(named("翠亨科學城與江門大廣海灣科學城共同組成創新走廊。", EntityKind.ZONE))
                .contains("翠亨科学城", "江门大广海湾科学城")
                .noneMatch(n -> n.contains("与"));
    }

    @Test
    void endsANameReadLeftwardsAtAClauseVerb() {
        assertThat(named("政府預計新界北科技城將於明年動工，企業共建產學研中心。", EntityKind.ZONE)).containsExactly("新界北科技城");
        assertThat(named("政府預計新界北科技城將於明年動工，企業共建產學研中心。", EntityKind.PROJECT)).containsExactly("产学研中心");
    }

    @Test
    void readsABareNounAfterATimeWordAsThePlaceNamedBefore() {
        assertThat(named("惠州潼湖新區規劃面積約30平方公里。目前新區已引進企業40家。", EntityKind.ZONE))
                .containsExactly("惠州潼湖新区");
    }

    @Test
    void keepsARankWordWithTheTitle() {
        assertThat(TestLoader.read("佛山科學技術學院常務副校長黃志明表示，學院將擴招。").facts())
                .filteredOn(f -> f instanceof org.gbakg.relate.Fact.Post)
                .extracting(f -> Scripts.fold(((org.gbakg.relate.Fact.Post) f).title()))
                .containsExactly("常务副校长");
    }

    @Test
    void aNameFoundOnceByItsFormIsFoundWhereverItIsRepeated() {
        String text = "創新科技署署長李明表示支持。她說，創新科技署與江門市人民政府已簽署協議。";
        assertThat(TestLoader.read(text).mentions()).filteredOn(m -> Scripts.fold(m.mention().surface()).equals("创新科技署")).hasSize(2);
    }

    @Test
    void aNumeralThatGoesOnAPlaceNameStaysInTheNameButACountDoesNot() {
        assertThat(named("佛山三龍灣高端創新集聚區規劃面積約130平方公里。", EntityKind.ZONE)).containsExactly("佛山三龙湾高端创新集聚区");
        assertThat(named("廣東將建設兩個科技創新集聚區。", EntityKind.ZONE)).containsExactly("科技创新集聚区");
    }

    @Test
    void twoPlacesJoinedByADashOpenOneName() {
        assertThat(named("澳門—江門文化產業合作園選址江門大廣海灣經濟區。", EntityKind.PARK)).containsExactly("澳门—江门文化产业合作园");
    }

    @Test
    void aDocumentsStatedShortNameFollowsItsClosingBracket() {
        assertThat(TestLoader.facts("江門市發布《江門市支持僑商投資行動方案（2025—2027年）》（以下簡稱《行動方案》）。《行動方案》提出十條措施。"))
                .contains("alias 江门市支持侨商投资行动方案（2025—2027年） = 行动方案");
    }

    @Test
    void 特區政府IsTheGovernmentOfTheSarTheArticleIsAbout() {
        assertThat(named("澳門特區政府經濟財政司司長李偉農表示，特區政府將支持橫琴。", EntityKind.BODY))
                .contains("澳门特别行政区政府").doesNotContain("香港特别行政区政府");
        assertThat(named("香港今年經濟增長。特區政府將推動北部都會區發展，香港各界支持。", EntityKind.BODY))
                .contains("香港特别行政区政府");
    }
}
