package org.gbakg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits blocks into sentences at 。！？； and at the end of a block. A closing quote or bracket
 * right after the stop stays with its sentence; a stop inside 「」 or （） does not split.
 */
public final class SentenceSplitter {
    private static final String STOPS = "。！？!?；;";
    private static final String CLOSERS = "」』”’）)》";

    private SentenceSplitter() {}

    public static List<Sentence> split(String text, List<Block> blocks) {
        List<Sentence> sentences = new ArrayList<>();
        for (Block block : blocks) {
            int start = block.span().begin();
            int end = block.span().end();
            int depth = 0;
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                if (c == '「' || c == '『' || c == '（' || c == '(') {
                    depth++;
                } else if ((c == '」' || c == '』' || c == '）' || c == ')') && depth > 0) {
                    depth--;
                }
                i++;
                if (STOPS.indexOf(c) >= 0) {
                    while (i < end && CLOSERS.indexOf(text.charAt(i)) >= 0) {
                        if (text.charAt(i) == '」' || text.charAt(i) == '』' || text.charAt(i) == '）') {
                            depth = Math.max(0, depth - 1);
                        }
                        i++;
                    }
                    if (depth == 0 || i >= end) {
                        add(sentences, text, start, i, block);
                        start = i;
                    }
                }
            }
            add(sentences, text, start, end, block);
        }
        return sentences;
    }

    private static void add(List<Sentence> out, String text, int begin, int end, Block block) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new Sentence(out.size(), new Span(begin, end), text.substring(begin, end), block));
        }
    }
}
