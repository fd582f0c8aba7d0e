package org.gbakg.lexicon;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional and Simplified script, through HanLP's converters.
 *
 * <p>{@link #fold} is the hot path: a character-for-character mapping to Simplified, built once
 * from HanLP's single-character conversions, so that folded text keeps the offsets of the
 * original and costs one array lookup per character. Whole-phrase conversion ({@link #toSimplified},
 * {@link #toTraditional}) is used only for labels, where HanLP's phrase tables matter.
 */
public final class Scripts {
    private static final char[] FOLD = buildFold();

    private Scripts() {}

    /** The text with every Traditional character replaced by its Simplified form; same length. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FOLD[text.charAt(i)];
        }
        return new String(out);
    }

    public static String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    public static String toTraditional(String text) {
        return HanLP.convertToTraditionalChinese(text);
    }

    /** Whether the text reads as Traditional: it has characters that change when folded. */
    public static boolean isTraditional(String text) {
        int changed = 0;
        for (int i = 0; i < text.length(); i++) {
            if (FOLD[text.charAt(i)] != text.charAt(i)) {
                changed++;
            }
        }
        return changed > 0 && changed * 100 >= countHan(text);
    }

    private static int countHan(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF) {
                n++;
            }
        }
        return n;
    }

    private static char[] buildFold() {
        char[] fold = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            fold[c] = (char) c;
        }
        StringBuilder block = new StringBuilder();
        // CJK Unified Ideographs and Extension A; convert in one call with a separator so that
        // HanLP's phrase table cannot join neighbouring characters into one word.
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            if (c > 0x4DBF && c < 0x4E00) {
                continue;
            }
            block.append((char) c).append('\n');
        }
        String converted = HanLP.convertToSimplifiedChinese(block.toString());
        String[] from = block.toString().split("\n");
        String[] to = converted.split("\n", -1);
        if (from.length <= to.length) {
            for (int i = 0; i < from.length; i++) {
                if (to[i].length() == 1) {
                    fold[from[i].charAt(0)] = to[i].charAt(0);
                }
            }
        }
        // Hong Kong and Taiwan variants that the Simplified table leaves alone
        fold['裏'] = '里';
        fold['裡'] = '里';
        fold['着'] = '着';
        fold['衞'] = '卫';
        fold['綫'] = '线';
        fold['線'] = '线';
        fold['啓'] = '启';
        fold['峯'] = '峰';
        fold['佈'] = '布';
        fold['眾'] = '众';
        fold['羣'] = '群';
        return fold;
    }
}
