package org.gbakg.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gbakg.export.ExportFormat;

/** The forms an entity is served in: a page, or its description in an RDF syntax. */
enum EntitySyntax {
    HTML("html", "text/html", List.of("text/html", "application/xhtml+xml"), null),
    TURTLE("ttl", "text/turtle", List.of("text/turtle", "application/x-turtle"), ExportFormat.TTL),
    JSONLD("jsonld", "application/ld+json", List.of("application/ld+json", "application/json"), ExportFormat.JSONLD),
    NTRIPLES("nt", "application/n-triples", List.of("application/n-triples", "text/plain"), ExportFormat.NT),
    RDFXML("rdf", "application/rdf+xml", List.of("application/rdf+xml", "application/xml", "text/xml"), ExportFormat.RDFXML);

    private final String suffix;
    private final String mediaType;
    private final List<String> accepted;
    private final ExportFormat format;

    EntitySyntax(String suffix, String mediaType, List<String> accepted, ExportFormat format) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.accepted = accepted;
        this.format = format;
    }

    String suffix() {
        return suffix;
    }

    String mediaType() {
        return mediaType;
    }

    /** The media types a request may ask for this syntax with; the first is the one served. */
    List<String> accepted() {
        return accepted;
    }

    /** The RDF format for the description; none for the page. */
    Optional<ExportFormat> format() {
        return Optional.ofNullable(format);
    }

    /** By file suffix ({@code ttl}) or, for {@code ?format=}, also by media type. */
    static Optional<EntitySyntax> named(String name) {
        return Arrays.stream(values()).filter(s -> s.suffix.equalsIgnoreCase(name) || s.accepted.contains(name)).findFirst();
    }
}
