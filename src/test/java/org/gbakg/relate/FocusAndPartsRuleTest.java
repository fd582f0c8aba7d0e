package org.gbakg.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gbakg.TestLoader;
import org.junit.jupiter.api.Test;

class FocusAndPartsRuleTest {

    @Test
    void readsEveryFocusAreaOfAList() {
        assertThat(TestLoader.facts("河套深港科技創新合作區深圳園區聚焦新一代信息技術、生物醫藥、通用人工智能和數字經濟等前沿領域。"))
                .contains("rel 河套深港科技创新合作区深圳园区 focusesOn 新一代信息技术",
                        "rel 河套深港科技创新合作区深圳园区 focusesOn 生物医药",
                        "rel 河套深港科技创新合作区深圳园区 focusesOn 通用人工智能",
                        "rel 河套深港科技创新合作区深圳园区 focusesOn 数字经济");
    }

    @Test
    void readsAListThatGoesOnAfterACommaAndYiji() {
        assertThat(TestLoader.facts("港深創新及科技園所在的河套深港科技創新合作區香港園區會聚焦生命健康科技、人工智能與數據科學，以及先進製造。"))
                .contains("rel 河套深港科技创新合作区香港园区 focusesOn 先进制造");
    }

    @Test
    void makesAZoneNamedRightAfterAPlatformPartOfIt() {
        assertThat(TestLoader.facts("琴澳跨境數據服務中心位於橫琴粵澳深度合作區科學城片區。"))
                .contains("rel 横琴粤澳深度合作区科学城片区 partOf 横琴粤澳深度合作区",
                        "rel 琴澳跨境数据服务中心 locatedIn 横琴粤澳深度合作区科学城片区");
    }

    @Test
    void takesNoFocusFromAPhraseThatIsNoList() {
        assertThat(TestLoader.facts("橫琴緊緊圍繞促進澳門經濟適度多元發展的初心進行謀劃。"))
                .noneMatch(f -> f.contains("focusesOn"));
    }

    @Test
    void readsZonesOfAPhaseFromAnIncludingList() {
        assertThat(TestLoader.facts("港深創科園的第一期規劃已經完成，將規劃不同主題的片區，包括生命健康科技區、產學研區，以及人才住宿區等。"))
                .contains("rel 生命健康科技区 partOf 港深创科园第一期", "rel 产学研区 partOf 港深创科园第一期",
                        "rel 人才住宿区 partOf 港深创科园第一期");
    }

    @Test
    void readsMembersOfACollectionBeforeDeng() {
        assertThat(TestLoader.facts("中央针对横琴、前海、南沙等粤港澳重大合作平台都出台了支持政策。"))
                .contains("rel 横琴粤澳深度合作区 partOf 粤港澳重大合作平台", "rel 南沙 partOf 粤港澳重大合作平台");
    }

    @Test
    void readsStrategiesOfAGroupNamedBeforeBaokuo() {
        assertThat(TestLoader.facts("推動了一系列區域重大戰略，包括京津冀協同發展、長三角一體化等重大舉措。"))
                .contains("rel 京津冀协同发展 partOf 区域重大战略", "rel 长江三角洲区域一体化发展 partOf 区域重大战略");
    }

    @Test
    void resolvesATextualAliasToTheEntity() {
        assertThat(TestLoader.facts("高水平打造科技成果與知識產權交易中心，交易中心已經成立，目前設在深交所。"))
                .contains("rel 科技成果与知识产权交易中心 locatedIn 深圳证券交易所",
                        "alias 科技成果与知识产权交易中心 = 交易中心");
    }

    @Test
    void aFocusListTakesTheSubjectItsClauseCarriesOver() {
        assertThat(TestLoader.facts("潼湖新區規劃面積約30平方公里，位於惠州西部、緊鄰東莞，將聚焦新能源、生物醫藥等領域。"))
                .contains("rel 潼湖新区 focusesOn 新能源", "rel 潼湖新区 focusesOn 生物医药")
                .noneMatch(f -> f.startsWith("rel 东莞 focusesOn"));
    }

    @Test
    void aPlaceNamedAfterQizhongIsPartOfTheSentencesPlace() {
        assertThat(TestLoader.facts("潼湖新區規劃面積約30平方公里，其中潼湖科技城佔地約5平方公里。"))
                .contains("rel 潼湖科技城 partOf 潼湖新区");
    }

    @Test
    void placesListedBeforeOrSaidToBeOneOfAKnownGroupAreItsMembers() {
        List<String> facts = TestLoader.facts("廣東將以橫琴、前海和南沙等四大平台為牽引。河套是大灣區重大合作平台之一。");
        assertThat(facts).contains("rel 横琴粤澳深度合作区 partOf 粤港澳大湾区重大合作平台",
                "rel 前海深港现代服务业合作区 partOf 粤港澳大湾区重大合作平台",
                "rel 南沙 partOf 粤港澳大湾区重大合作平台",
                "rel 河套深港科技创新合作区 partOf 粤港澳大湾区重大合作平台");
    }

    @Test
    void twoShortItemsJoinedBy和AreAFocusList() {
        assertThat(TestLoader.facts("銀湖灣新區將聚焦海洋經濟和跨境物流。"))
                .contains("rel 银湖湾新区 focusesOn 海洋经济", "rel 银湖湾新区 focusesOn 跨境物流");
    }

    @Test
    void placesThatMakeUpAnotherAreItsParts() {
        assertThat(TestLoader.facts("翠亨科學城與中山科技城共同組成中山創新走廊示範區。"))
                .contains("rel 翠亨科学城 partOf 中山创新走廊示范区", "rel 中山科技城 partOf 中山创新走廊示范区");
        assertThat(TestLoader.facts("翠亨新區總面積約230平方公里，由起步區、南朗片區兩個區塊組成。"))
                .contains("rel 南朗片区 partOf 翠亨新区");
    }
}
