package org.gbakg.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gbakg.TestLoader;
import org.junit.jupiter.api.Test;

class StatementAndEventRuleTest {
    private static final String PRESS = "國務院新聞辦公室5日在北京舉行新聞發布會。海關總署副署長孫玉寧在發布會上表示，"
            + "海關將支持深圳園區建設。國家發展改革委黨組成員郭蘭峰在國新辦記者會上指出，平台體系更加清晰。";

    @Test
    void mergesTheMentionsOfOnePressConferenceAndDatesIt() {
        List<String> facts = TestLoader.facts(PRESS);
        assertThat(facts).contains("event 国新办记者会 2023-09-05 by 国务院新闻办公室");
        assertThat(facts).filteredOn(f -> f.startsWith("event")).allMatch(f -> f.startsWith("event 国新办记者会"));
        assertThat(facts).filteredOn(f -> f.startsWith("said")).containsExactlyInAnyOrder(
                "said 孙玉宁 @国新办记者会", "said 郭兰峰 @国新办记者会");
    }

    @Test
    void findsANewOfficialByTitleAndGivesHimHisPost() {
        assertThat(TestLoader.facts(PRESS)).contains("post 孙玉宁 副署长 中华人民共和国海关总署");
    }

    @Test
    void readsAttendanceOfBodiesInSimplifiedScript() {
        assertThat(TestLoader.facts("国务院新闻办公室举行新闻发布会，海关总署、科技部相关负责人均到京出席。"))
                .contains("rel 新闻发布会 participant 中华人民共和国海关总署", "rel 新闻发布会 participant 中华人民共和国科学技术部");
    }

    @Test
    void makesNoStatementWithoutAPersonBeforeTheVerb() {
        assertThat(TestLoader.facts("官方首次正式介紹這一領導小組。報告指出，合作區發展良好。"))
                .noneMatch(f -> f.startsWith("said"));
    }
}
