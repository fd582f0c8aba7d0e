package org.gbakg.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;

/** The prefixes every file and page of the project uses, in one place. */
public final class Prefixes {
    private Prefixes() {}

    public static final Map<String, String> ALL;

    static {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("gba", Vocab.GBA);
        p.put("id", Vocab.ID);
        p.put("graph", Vocab.GRAPH);
        p.put("org", Vocab.ORG);
        p.put("foaf", "http://xmlns.com/foaf/0.1/");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("prov", Vocab.PROV);
        p.put("dcterms", "http://purl.org/dc/terms/");
        p.put("schema", Vocab.SCHEMA);
        p.put("oa", Vocab.OA);
        p.put("unit", Vocab.QUDT_UNIT);
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        ALL = Collections.unmodifiableMap(p); // insertion order keeps written files identical across runs
    }

    public static void applyTo(PrefixMap map) {
        ALL.forEach(map::add);
    }
}
