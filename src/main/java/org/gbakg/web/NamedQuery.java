package org.gbakg.web;

/**
 * A query of the {@code queries/} folder as the page shows it (read by {@link org.gbakg.query.QueryLibrary}).
 *
 * @param name        the file name without {@code .rq}
 * @param title       from the {@code # title:} line
 * @param description from the {@code # description:} line
 * @param query       the whole file
 */
record NamedQuery(String name, String title, String description, String query) {

    static NamedQuery of(org.gbakg.query.NamedQuery q) {
        return new NamedQuery(q.name(), q.title().orElse(q.name()), q.description().orElse(""), q.text());
    }
}
