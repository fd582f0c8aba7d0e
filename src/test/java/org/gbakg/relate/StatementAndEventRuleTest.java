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
    void takesABareEventNounForTheEventNamedInFull() {
        assertThat(TestLoader.facts("广州市政府召开南沙开发建设推进会。驻粤办主任何颖诗也参加了会议。"))
                .contains("rel 南沙开发建设推进会 participant 何颖诗");
    }

    @Test
    void readsATranscriptTurnAsAStatement() {
        assertThat(TestLoader.facts("国家发展改革委举行新闻发布会。地区经济司副司长王东升出席。\n答（王东升）：谢谢您的提问。今年以来，四大平台建设取得新成效。"))
                .contains("said 王东升 @新闻发布会");
    }

    @Test
    void readsPostsWithoutHoldersAndWhoIsInvited() {
        assertThat(TestLoader.facts("中央區域協調發展領導小組將專門邀請香港、澳門特別行政區行政長官參加。"))
                .contains("office 香港特别行政区行政长官 in 香港特别行政区政府",
                        "rel 香港特别行政区行政长官 invitedTo 中央区域协调发展领导小组",
                        "rel 澳门特别行政区行政长官 invitedTo 中央区域协调发展领导小组");
    }

    @Test
    void makesNoStatementWithoutAPersonBeforeTheVerb() {
        assertThat(TestLoader.facts("官方首次正式介紹這一領導小組。報告指出，合作區發展良好。"))
                .noneMatch(f -> f.startsWith("said"));
    }

    @Test
    void aNumberedSessionIsOneEventWithItsListedAttendees() {
        List<String> facts = TestLoader.facts("行政長官李家超今日應邀，率團在廣州出席粵港合作聯席會議第二十六次會議。"
                + "廣東省方面出席會議的包括廣東省副省長陳立明和廣東省人民政府副秘書長何志強等。");
        assertThat(facts).filteredOn(f -> f.startsWith("event")).allMatch(f -> f.startsWith("event 粤港合作联席会议第二十六次会议"));
        assertThat(facts).contains("rel 粤港合作联席会议第二十六次会议 participant 李家超",
                "rel 粤港合作联席会议第二十六次会议 participant 陈立明",
                "rel 粤港合作联席会议第二十六次会议 participant 何志强");
    }

    @Test
    void readsAnArticleThatOpensWithThePlaceOfAnEvent() {
        assertThat(TestLoader.facts("廣州舉行大灣區商事調解論壇。")).anyMatch(f -> f.startsWith("event "));
    }

    @Test
    void aQuotedEventIsAnEventAndItsSpeakersSpeakAtIt() {
        List<String> facts = TestLoader.facts("江門市人民政府昨日在江門舉行「江港合作推介會」。江門市副市長李志強致辭時指出，雙方合作成果豐碩。");
        assertThat(facts).contains("event 江港合作推介会 2023-09-05 by 江门市人民政府", "said 李志强 @江港合作推介会");
    }
}
