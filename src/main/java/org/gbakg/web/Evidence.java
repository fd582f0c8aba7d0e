package org.gbakg.web;

import java.util.Optional;

/**
 * A sentence that states a fact, and where it is: a Web Annotation's target.
 *
 * @param annotation the annotation's id
 * @param sentence   the sentence's text ({@code oa:exact}, else the target's {@code rdf:value})
 * @param language   the sentence's language tag, for the page's {@code lang} attribute
 * @param start      its first character in the normalised article, where given
 * @param end        one past its last character, where given
 * @param article    the source article, labelled with its title
 * @param publisher  the article's publisher, where known
 * @param date       the article's date, where known
 */
record Evidence(String annotation, String sentence, String language, Optional<Integer> start, Optional<Integer> end,
                Optional<Link> article, Optional<String> publisher, Optional<String> date) {}
