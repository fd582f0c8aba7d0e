package org.gbakg.text;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes an {@link Article} of raw text: layout undone, blocks and sentences found, date and title filled in. */
public final class Articles {
    /** A wire dateline: 中新社北京9月5日電 / 新华社广州11月3日电. */
    private static final Pattern DATELINE = Pattern.compile("(\\d{1,2})月(\\d{1,2})日(電|电)");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d|19\\d\\d)年");

    private final PageNormaliser normaliser;

    public Articles(PageNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    public Article read(String raw, ArticleMeta meta) {
        PageNormaliser.Result page = normaliser.normalise(raw);
        List<Sentence> sentences = SentenceSplitter.split(page.text(), page.blocks());
        ArticleMeta completed = meta;
        if (meta.published().isEmpty()) {
            completed = datelineDate(page.text()).map(meta::withPublished).orElse(meta);
        }
        if (completed.title().isEmpty()) {
            for (Block b : page.blocks()) {
                if (b.kind() == BlockKind.HEADLINE) {
                    completed = completed.withTitle(page.text().substring(b.span().begin(), b.span().end()));
                    break;
                }
            }
        }
        return new Article(completed, page.text(), page.blocks(), sentences);
    }

    /** The date of a wire dateline, with the year the text states (the latest year up to the next one). */
    static java.util.Optional<LocalDate> datelineDate(String text) {
        Matcher d = DATELINE.matcher(text);
        if (!d.find()) {
            return java.util.Optional.empty();
        }
        Matcher y = YEAR.matcher(text);
        int year = -1;
        while (y.find()) {
            year = Math.max(year, Integer.parseInt(y.group(1)));
        }
        if (year < 0) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.of(year, Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2))));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
