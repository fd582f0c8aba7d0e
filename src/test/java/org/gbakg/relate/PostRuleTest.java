package org.gbakg.relate;

import static org.assertj.core.api.Assertions.assertThat;

import org.gbakg.TestLoader;
import org.junit.jupiter.api.Test;

class PostRuleTest {

    @Test
    void splitsTwoTitlesInTwoBodiesIntoTwoPosts() {
        assertThat(TestLoader.facts("深圳市委副書記、市長覃偉中表示，園區將加快建設。"))
                .contains("post 覃伟中 副书记 中国共产党深圳市委员会", "post 覃伟中 市长 深圳市人民政府");
    }

    @Test
    void splitsTwoTitlesInOneBodyIntoTwoPostsInSimplifiedScript() {
        assertThat(TestLoader.facts("科技部党组成员、秘书长林新在会上表示，将支持深港合作。"))
                .contains("post 林新 党组成员 中华人民共和国科学技术部", "post 林新 秘书长 中华人民共和国科学技术部");
    }

    @Test
    void placesAGovernmentTitleAfterAProvinceInItsGovernment() {
        assertThat(TestLoader.facts("廣東省副省長孫志洋則表示，將加快打造先導區。"))
                .contains("post 孙志洋 副省长 广东省人民政府");
    }

    @Test
    void givesATitleWithoutBodyTheBodyItImplies() {
        assertThat(TestLoader.facts("十八大以來，習近平總書記親自謀劃了一系列區域重大戰略。"))
                .contains("post 习近平 总书记 中国共产党中央委员会");
    }

    @Test
    void givesAReporterThePaperOfTheByline() {
        assertThat(TestLoader.facts("香港文匯報訊（記者 海巖 北京報道）國務院上周印發規劃。"))
                .anyMatch(f -> f.startsWith("post 海岩 记者 香港文汇报"));
    }

    @Test
    void givesEveryReporterOfABylineThePaper() {
        assertThat(TestLoader.facts("南方日报讯（记者/陈思远、欧阳文）11月12日，横琴粤澳深度合作区建设推进会在横琴召开。"))
                .contains("post 陈思远 记者 南方日报", "post 欧阳文 记者 南方日报");
        assertThat(TestLoader.facts("【大公報訊】記者何嘉琪澳門報道：澳門特區政府經濟財政司司長梁文濤表示，將推動合作。"))
                .contains("post 何嘉琪 记者 大公报");
    }

    @Test
    void findsNoPersonWhereATitleIsFollowedByAVerb() {
        assertThat(TestLoader.persons("香港文匯報記者查閱資料顯示，領導小組首次亮相。")).isEmpty();
    }

    @Test
    void keepsTheNameApartFromTheAdverbOrVerbAfterIt() {
        assertThat(TestLoader.persons("廣東省副省長孫志洋則表示，將加快建設。國家發展改革委黨組成員郭蘭峰介表示，將支持。"))
                .containsExactlyInAnyOrder("孙志洋", "郭兰峰");
    }

    @Test
    void findsTheBodyOfATitleAfterItsBracketedShortName() {
        assertThat(TestLoader.facts("香港貿易發展局（貿發局）助理總裁陳志明表示歡迎。"))
                .contains("post 陈志明 总裁 香港贸易发展局");
    }

    @Test
    void readsTheBodyOf該局AsTheBureauNamedLast() {
        assertThat(TestLoader.facts("江門市商務局今日發布措施。該局局長黃志強介紹，措施共十條。"))
                .contains("post 黄志强 局长 江门市商务局");
    }

    @Test
    void aBylineWithoutThePapersNameIsInThePublisher() {
        org.gbakg.text.ArticleMeta meta = new org.gbakg.text.ArticleMeta("t", java.util.Optional.empty(),
                java.util.Optional.of("江門日報"), java.util.Optional.empty(), java.util.Optional.empty());
        org.gbakg.relate.Reading reading = TestLoader.get().read("本報江門1月14日電（記者王志明）江門市今日發布措施。", meta);
        assertThat(reading.facts()).filteredOn(f -> f instanceof Fact.Post)
                .extracting(f -> ((Fact.Post) f).body().name())
                .containsExactly("江門日報");
    }

    @Test
    void aCityTitleWithoutItsCityIsInTheCityTheArticleIsAbout() {
        assertThat(TestLoader.facts("江門市今日舉行推介會。江門市各部門參加。市委常委、副市長黃志強出席並講話。"))
                .contains("post 黄志强 常委 中国共产党江门市委员会", "post 黄志强 副市长 江门市人民政府");
    }

    @Test
    void aBracketedAbbreviationNeedNotStartLikeTheName() {
        assertThat(TestLoader.facts("香港理工大學（理大）今日舉行論壇。據理大校長陳志明介紹，該集團副總經理不在場。"))
                .contains("alias 香港理工大学 = 理大", "post 陈志明 校长 香港理工大学");
    }

    @Test
    void readsTheBodyOf該集團AsTheGroupNamedLast() {
        assertThat(TestLoader.facts("廣州港集團有限公司今日簽約。據該集團副總經理劉振華介紹，碼頭運作良好。"))
                .contains("post 刘振华 副总经理 广州港集团有限公司");
    }

    @Test
    void readsTheBodyOf該院AsTheInstituteNamedLast() {
        assertThat(TestLoader.facts("江門市農業科學研究院今日發布報告。該院院長陳明介紹，報告涵蓋十個領域。"))
                .contains("post 陈明 院长 江门市农业科学研究院");
    }
}
