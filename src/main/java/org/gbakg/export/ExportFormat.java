package org.gbakg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gbakg.UserError;

/** The formats {@code kg export} writes: RDF syntaxes of the whole graph, and graph-tool files of its entities. */
public enum ExportFormat {
    TTL("ttl", "text/turtle", Kind.UNION),
    NT("nt", "application/n-triples", Kind.UNION),
    NQ("nq", "application/n-quads", Kind.NAMED_GRAPHS),
    TRIG("trig", "application/trig", Kind.NAMED_GRAPHS),
    JSONLD("jsonld", "application/ld+json", Kind.UNION),
    RDFXML("rdf", "application/rdf+xml", Kind.UNION),
    GRAPHML("graphml", "application/graphml+xml", Kind.ENTITY_GRAPH),
    GEXF("gexf", "application/gexf+xml", Kind.ENTITY_GRAPH),
    DOT("dot", "text/vnd.graphviz", Kind.ENTITY_GRAPH),
    CYJS("cyjs", "application/json", Kind.ENTITY_GRAPH);

    /** What a format holds: the union of all graphs as triples, the named graphs as quads, or the entity graph. */
    public enum Kind { UNION, NAMED_GRAPHS, ENTITY_GRAPH }

    private final String extension;
    private final String mediaType;
    private final Kind kind;

    ExportFormat(String extension, String mediaType, Kind kind) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.kind = kind;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRdf() {
        return kind != Kind.ENTITY_GRAPH;
    }

    /** The format named on the command line ({@code ttl}, {@code rdfxml}, ...), case-insensitively. */
    public static ExportFormat named(String name) {
        String wanted = name.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new UserError("unknown export format '" + name + "'; use one of: "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }
}
