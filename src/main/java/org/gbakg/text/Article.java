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

    /** The sentence that holds offset {@code pos}, found by binary search. */
    public java.util.Optional<Sentence> sentenceAt(int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (pos < s.span().begin()) {
                hi = mid - 1;
            } else if (pos >= s.span().end()) {
                lo = mid + 1;
            } else {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
