package org.gbakg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageNormaliserTest {
    /** A stand-in for the lexicon: 黨組成員 is a title, so a line ending with it continues. */
    private final PageNormaliser normaliser = new PageNormaliser((before, after) -> before.endsWith("黨組成員"));

    private List<String> blocks(String raw) {
        PageNormaliser.Result r = normaliser.normalise(raw);
        return r.blocks().stream().map(b -> b.kind() + " " + r.text().substring(b.span().begin(), b.span().end())).toList();
    }

    @Test
    void joinsLinesBrokenMidWordAcrossBlankLines() {
        assertThat(blocks("國務院上周印發《河套深\n\n港科技創新合作區深圳園區發展規劃》，深圳園區建設本周再進一\n步。"))
                .containsExactly("BODY 國務院上周印發《河套深港科技創新合作區深圳園區發展規劃》，深圳園區建設本周再進一步。");
    }

    @Test
    void keepsHeadlinesApartFromTheBodyAfterThem() {
        assertThat(blocks("河套深圳園區加速 約40項目明入駐\n國務院新聞辦公室舉行新聞發布會，\n多個部門出席。"))
                .containsExactly("HEADLINE 河套深圳園區加速 約40項目明入駐", "BODY 國務院新聞辦公室舉行新聞發布會，多個部門出席。");
    }

    @Test
    void joinsALineEndingWithATitleToTheNameOnTheNextLine() {
        assertThat(blocks("科技支撐。\n國家發展改革委黨組成員\n郭蘭峰在記者會\n上指出，平台更加清晰。"))
                .containsExactly("BODY 科技支撐。", "BODY 國家發展改革委黨組成員郭蘭峰在記者會上指出，平台更加清晰。");
    }

    @Test
    void dropsPhotoCreditsAndMarksCaptions() {
        assertThat(blocks("◆河套深港科技創新合作區深圳園區一景。 資料圖片\n◀港青丁克（中）創立顯揚科技。\n資料圖片"))
                .containsExactly("CAPTION 河套深港科技創新合作區深圳園區一景。", "CAPTION 港青丁克（中）創立顯揚科技。");
    }

    @Test
    void keepsABulletTogetherAcrossItsLines() {
        assertThat(blocks("橫琴粵澳深度合作區：\n◆橫琴的106平方公里主要服務於澳門的經濟適\n度多元發展。"))
                .containsExactly("HEADLINE 橫琴粵澳深度合作區：", "BULLET 橫琴的106平方公里主要服務於澳門的經濟適度多元發展。");
    }

    @Test
    void foldsFullWidthDigitsAndSpaces() {
        assertThat(normaliser.normalise("面積３．８９平方公里，增長１２％。").text()).isEqualTo("面積3.89平方公里，增長12%。");
    }
}
