package org.gbakg.text;

import java.util.List;

/**
 * An article ready for recognition: its normalised text, with the page layout undone, split
 * into blocks and sentences whose offsets point into {@code text}.
 */
public record Article(ArticleMeta meta, String text, List<Block> blocks, List<Sentence> sentences) {
    public Article {
        blocks = List.copyOf(blocks);
        sentences = List.copyOf(sentences);
    }

    public String covered(Span span) {
        return text.substring(span.begin(), span.end());
    }
}
