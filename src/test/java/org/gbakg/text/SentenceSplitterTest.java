package org.gbakg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private List<String> split(String text) {
        return SentenceSplitter.split(text, List.of(new Block(BlockKind.BODY, new Span(0, text.length()))))
                .stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtStopsAndSemicolons() {
        assertThat(split("領導小組辦公室設在國家發展改革委；在領導小組之下成立專責小組。下一步將繼續。"))
                .containsExactly("領導小組辦公室設在國家發展改革委；", "在領導小組之下成立專責小組。", "下一步將繼續。");
    }

    @Test
    void keepsAQuotationWholeWithItsClosingMark() {
        assertThat(split("陳國基說，「這跟藍圖不謀而合。我們會繼續。」此外，園區開始運作。"))
                .containsExactly("陳國基說，「這跟藍圖不謀而合。我們會繼續。」", "此外，園區開始運作。");
    }

    @Test
    void keepsOffsetsIntoTheText() {
        String text = "甲。乙丙。";
        Sentence second = SentenceSplitter.split(text, List.of(new Block(BlockKind.BODY, new Span(0, text.length())))).get(1);
        assertThat(text.substring(second.span().begin(), second.span().end())).isEqualTo("乙丙。");
    }
}
