package org.gbakg.web;

import java.util.Optional;

/**
 * A term as a page shows it.
 *
 * @param id    the IRI, or {@code _:label} for a blank node
 * @param label what to show
 * @param href  where it links: {@code /id/...} for an entity of this dataset, the IRI itself for
 *              another http(s) IRI, nothing for a blank node
 */
record Link(String id, String label, Optional<String> href) {}
