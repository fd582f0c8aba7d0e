package org.gbakg.recognise;

import org.gbakg.text.Span;

/**
 * A stretch of the article that names an entity.
 *
 * @param span    where, in the normalised text
 * @param surface the text as written
 * @param entity  the entity named
 * @param origin  which rule found it (kept for debugging and for the evaluation's error lists);
 *                REFERENCE marks words that point to an entity without naming it (本局)
 */
public record Mention(Span span, String surface, EntityRef entity, Origin origin) {
    public enum Origin { LEXICON, SHORT_FORM, TITLE, SPEECH, CAPTION, KNOWN_NAME, NAME_FORM, DOCUMENT, EVENT, ALIAS, REFERENCE }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }
}
