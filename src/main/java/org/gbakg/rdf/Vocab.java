package org.gbakg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs of the graph contract that Jena ships no constants for: the project's ontology,
 * instance and graph namespaces, PROV-O, QUDT units, and the Web Annotation terms used for
 * evidence. ORG, FOAF, SKOS, DCTerms, OA and SchemaDO come from Jena's own vocabulary classes.
 */
public final class Vocab {
    private Vocab() {}

    public static final String GBA = "https://w3id.org/gbakg/ontology#";
    public static final String DEFAULT_BASE = "https://w3id.org/gbakg/";
    public static final String ID = DEFAULT_BASE + "id/";
    public static final String GRAPH = DEFAULT_BASE + "graph/";
    public static final String REFERENCE_GRAPH = GRAPH + "reference";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";

    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String QUDT_UNIT = "http://qudt.org/vocab/unit/";
    public static final String SCHEMA = "https://schema.org/";

    /** QUDT's unit for a plain count, and for a percentage. */
    public static final Node UNIT_COUNT = NodeFactory.createURI(QUDT_UNIT + "NUM");
    public static final Node UNIT_PERCENT = NodeFactory.createURI(QUDT_UNIT + "PERCENT");

    public static Node gba(String local) {
        return NodeFactory.createURI(GBA + local);
    }

    public static Node org(String local) {
        return NodeFactory.createURI(ORG + local);
    }

    public static Node prov(String local) {
        return NodeFactory.createURI(PROV + local);
    }

    public static Node oa(String local) {
        return NodeFactory.createURI(OA + local);
    }
}
