package org.gbakg.text;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about an article besides its text.
 *
 * @param id        stable ASCII id, used in IRIs and graph names
 * @param title     the headline, where known
 * @param publisher the newspaper or agency, where known
 * @param language  BCP 47 tag of the text, e.g. {@code zh-Hant-HK}
 * @param published publication date, where known (from metadata or the text's dateline)
 */
public record ArticleMeta(String id, Optional<String> title, Optional<String> publisher,
                          Optional<String> language, Optional<LocalDate> published) {

    public ArticleMeta withPublished(LocalDate date) {
        return new ArticleMeta(id, title, publisher, language, Optional.of(date));
    }

    public ArticleMeta withTitle(String headline) {
        return new ArticleMeta(id, Optional.of(headline), publisher, language, published);
    }
}
