package org.gbakg.web;

/**
 * A query of the {@code queries/} folder, read from its file.
 *
 * @param name        the file name without {@code .rq}
 * @param title       from the {@code # title:} line
 * @param description from the {@code # description:} line
 * @param query       the whole file
 */
record NamedQuery(String name, String title, String description, String query) {}
