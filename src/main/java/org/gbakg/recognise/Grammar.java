package org.gbakg.recognise;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Closed-class words of written Chinese that bound names: prepositions, conjunctions,
 * particles, adverbs and demonstratives. They are grammar, not domain vocabulary, so they live
 * here rather than in the ontology. All in folded (Simplified) form.
 */
final class Grammar {
    private Grammar() {}

    /** Characters that end a name when met while reading leftwards or rightwards. */
    static final String FUNCTION_CHARS = "在于的和由向对把将为是等从到以即跟而并或了也已均都让使被给之这该此其及与则还介系说再又亦就更";

    /** Characters that may sit inside a name as "and" (科技成果与知识产权交易中心) unless an adverb precedes them. */
    static final String INNER_CONJUNCTIONS = "与及";

    /** Adverbs between a name and its verb (覃伟中还提到, 孙志洋则表示). */
    static final String[] ADVERBS = {"进一步", "特别", "同时", "随后", "最后", "首先", "亦", "还", "也", "则", "再", "又", "并", "更", "均", "就", "都", "已", "曾", "即", "一直"};

    /** Words before a noun that are not part of its name. */
    static final String[] DEMONSTRATIVES = {"这些", "这个", "那些", "这一", "此次", "这次", "本次", "该", "此", "各个", "各", "有关", "相关", "其", "本", "这", "一批", "一系列", "多个", "一个", "或者", "以及", "以来", "今年", "目前", "已经",
            "明年", "去年", "昨日", "当日", "当中", "其中", "本届", "该届", "此届", "上届", "日前", "近日", "至今", "此前", "未来", "届时"};

    static boolean endsDemonstrative(String folded, int end) {
        for (String d : DEMONSTRATIVES) {
            if (end >= d.length() && folded.startsWith(d, end - d.length())) {
                return true;
            }
        }
        return false;
    }

    /** Rank words that qualify a title without changing the role: 常務副校長, 署理局長. */
    static final String[] RANK_PREFIXES = {"首席助理", "常务", "执行", "首席", "署理", "代理", "助理", "全媒体", "首席记者"};

    /** Position markers after a name in a photo caption: 丁克（中）. */
    static final String CAPTION_POSITION = "^[（(](左|中|右|前|后)[一二三四五六七八九]?[）)]";

    /**
     * The offset after a demonstrative at the start of a name read leftwards to {@code begin}:
     * one that starts there (此次會議 → 會議) or one whose first character stopped the reading
     * (這|些 → past 些).
     */
    static int skipDemonstrative(String folded, int begin, int limit) {
        for (String d : DEMONSTRATIVES) {
            for (int k = 0; k < d.length(); k++) {
                int start = begin - k;
                if (start >= 0 && folded.startsWith(d, start) && start + d.length() < limit) {
                    return start + d.length();
                }
            }
        }
        return begin;
    }

    /** Verbs that hold an event (舉行 X 會議): an event's name starts after them. */
    static final String[] HOLD_VERBS = {"举行", "召开", "举办", "主持", "出席", "参加", "参与", "启动"};

    static boolean endsHoldVerb(String folded, int end) {
        for (String verb : HOLD_VERBS) {
            if (end >= verb.length() && folded.startsWith(verb, end - verb.length())) {
                return true;
            }
        }
        return false;
    }

    /** Common words that end like a body but are none: 大局, 格局, 布局, 全局, 結局, 當局 (the authorities, no name). */
    private static final String[] WORDS_ENDING_LIKE_BODIES = {"大局", "格局", "布局", "全局", "结局", "当局", "开局", "全部", "内部", "外部", "局部", "干部", "总部",
            "东部", "西部", "南部", "北部", "中部"};

    static boolean endsLikeAWord(String folded) {
        for (String word : WORDS_ENDING_LIKE_BODIES) {
            if (folded.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Chinese numerals: a name read leftwards stops before 四個 / 兩個 / 一批. */
    static final String NUMERALS = "一二两三四五六七八九十百千万亿";

    static boolean isFunction(char c) {
        return FUNCTION_CHARS.indexOf(c) >= 0;
    }

    /**
     * Whether the character at {@code i} works as a function word there: not when it closes a noun
     * with the character before it (規則, 都會, 和平), as HanLP's core dictionary tells.
     */
    static boolean isFunctionAt(String folded, int i) {
        if (!isFunction(folded.charAt(i))) {
            return false;
        }
        if (i == 0 || !isHan(folded.charAt(i - 1))) {
            return true;
        }
        CoreDictionary.Attribute word = CoreDictionary.get(folded.substring(i - 1, i + 1));
        if (word == null) {
            return true;
        }
        String nature = word.nature[0].toString();
        return !(nature.startsWith("n") || nature.equals("vn"));
    }
}
