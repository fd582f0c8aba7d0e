package org.gbakg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the layout of a printed page: joins lines broken mid-word, keeps headlines, photo
 * captions (their credits removed), bullets and source lines apart as blocks of their own, and
 * folds full-width digits, letters and spaces to ASCII so that numbers read alike everywhere.
 *
 * <p>A line without sentence punctuation that follows the end of a paragraph is a headline,
 * unless the text says otherwise: the line ends inside brackets or quotes, or the
 * {@code mustJoin} predicate (a lexicon that sees a title or a name across the break) says the
 * two lines belong together.
 */
public final class PageNormaliser {
    private static final String MARKERS = "◆▲◀▶►■●★▼◇□";
    private static final Pattern CREDIT = Pattern.compile(
            "\\s*(資料圖片|资料图片|資料圖|资料图|中新社(記者|记者)?\\S{0,4}(攝|摄)?|新華社(記者|记者)?\\S{0,4}(攝|摄)?"
                    + "|新华社(記者|记者)?\\S{0,4}(攝|摄)?|(記者|记者)\\s?\\S{2,4}\\s?(攝|摄)|網上圖片|网上图片|(圖|图)：\\S{2,12})\\s*$");
    private static final Pattern SOURCE = Pattern.compile("^(來源|来源|資料來源|资料来源)[：:].*");
    /** The last characters a credit can end with; other lines need no regular expression. */
    private static final String CREDIT_ENDINGS = "片图圖社攝摄";
    private static final String PARAGRAPH_END = "。！？!?：:";
    private static final String SENTENCE_PUNCTUATION = "，。；、！？,;!?";
    private static final int MAX_HEADLINE = 40;

    private final BiPredicate<String, String> mustJoin;

    /** @param mustJoin says whether a line ending and the next line's start are one word or name */
    public PageNormaliser(BiPredicate<String, String> mustJoin) {
        this.mustJoin = mustJoin;
    }

    /** The normalised text and its blocks. */
    public record Result(String text, List<Block> blocks) {}

    public Result normalise(String raw) {
        List<Paragraph> paragraphs = paragraphs(foldWidth(raw));
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String body = p.text.toString().strip();
            if (body.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            int begin = text.length();
            text.append(body);
            blocks.add(new Block(p.kind, new Span(begin, text.length())));
        }
        return new Result(text.toString(), blocks);
    }

    private static final class Paragraph {
        BlockKind kind;
        final StringBuilder text = new StringBuilder();
        boolean joinedByRule;

        Paragraph(BlockKind kind, String line) {
            this.kind = kind;
            text.append(line);
        }

        char last() {
            return text.charAt(text.length() - 1);
        }
    }

    private List<Paragraph> paragraphs(String raw) {
        List<Paragraph> out = new ArrayList<>();
        Paragraph current = null;
        for (String rawLine : raw.split("\\R")) {
            String line = collapseSpaces(rawLine);
            if (line.isEmpty()) {
                continue;
            }
            boolean marked = MARKERS.indexOf(line.charAt(0)) >= 0;
            boolean source = (line.startsWith("來源") || line.startsWith("来源") || line.startsWith("資料來源")
                    || line.startsWith("资料来源")) && SOURCE.matcher(line).matches();
            boolean mayHaveCredit = CREDIT_ENDINGS.indexOf(line.charAt(line.length() - 1)) >= 0 || line.contains("：");
            Matcher credit = CREDIT.matcher(line);
            boolean creditOnly = mayHaveCredit && credit.find() && credit.start() == 0;
            if (creditOnly) {
                if (current != null && current.kind == BlockKind.BULLET) {
                    current.kind = BlockKind.CAPTION;
                }
                current = null;
                continue;
            }
            if (current == null || marked || source || endsParagraph(current) || startsStory(line)) {
                current = new Paragraph(marked ? BlockKind.BULLET : source ? BlockKind.SOURCE : BlockKind.BODY,
                        marked ? line.substring(1).strip() : line);
                out.add(current);
            } else if (isHeadline(current, line)) {
                current.kind = BlockKind.HEADLINE;
                current = new Paragraph(BlockKind.BODY, line);
                out.add(current);
            } else {
                current.joinedByRule |= !hasPunctuation(current.text) && mustJoin(current, line);
                current.text.append(line);
            }
            if (current.kind != BlockKind.SOURCE) {
                // a credit ends the line it is on; only that line needs looking at
                Matcher trailing = CREDIT.matcher(line);
                if (mayHaveCredit && current.text.length() > 4 && trailing.find() && trailing.start() > 0) {
                    current.text.setLength(current.text.length() - (line.length() - trailing.start()));
                    current.kind = BlockKind.CAPTION;
                    current = null;
                }
            }
        }
        for (Paragraph p : out) {
            if (p.kind == BlockKind.BODY && looksLikeHeadline(p.text) && !p.joinedByRule) {
                p.kind = BlockKind.HEADLINE;
            }
        }
        return out;
    }

    /** A paragraph so far without punctuation, followed by a line that does not continue it. */
    private boolean isHeadline(Paragraph current, String next) {
        return current.kind == BlockKind.BODY && looksLikeHeadline(current.text) && !current.joinedByRule
                && !mustJoin(current, next);
    }

    private boolean mustJoin(Paragraph current, String next) {
        String before = current.text.toString();
        return unbalanced(before) || mustJoin.test(before, next);
    }

    private static boolean looksLikeHeadline(CharSequence text) {
        return text.length() <= MAX_HEADLINE && !hasPunctuation(text);
    }

    private static boolean endsParagraph(Paragraph p) {
        char last = p.last();
        if (PARAGRAPH_END.indexOf(last) >= 0) {
            return true;
        }
        // a closing quote ends the paragraph when the quoted passage itself ended a sentence
        return (last == '」' || last == '”' || last == '』') && p.text.length() > 1
                && "。！？!?".indexOf(p.text.charAt(p.text.length() - 2)) >= 0;
    }

    private static boolean startsStory(String line) {
        int bracket = line.indexOf('（');
        return bracket > 2 && bracket < 16 && line.matches("^\\S{2,12}(訊|讯)[（(](記者|记者|特派記者|特派记者|通訊員|通讯员).*");
    }

    private static boolean hasPunctuation(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean unbalanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("《「『（(“〈【".indexOf(c) >= 0) {
                depth++;
            } else if ("》」』）)”〉】".indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** One ASCII space for each run of white space; none at the ends. */
    private static String collapseSpaces(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Full-width digits, letters, percent sign and space become their ASCII forms. */
    static String foldWidth(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '％' || c == '．') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
