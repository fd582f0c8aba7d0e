package org.gbakg.web;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The linked-data and browsing side of the server, added to a Fuseki builder in one call.
 *
 * <pre>
 * /                     the explorer page: search, graph view, named queries, SPARQL editor
 * /id/*                 dereferenceable entity IRIs: a page, or Turtle, JSON-LD, N-Triples, RDF/XML
 * /.well-known/void     VoID and DCAT description of the dataset
 * /dump/gba.{nq,trig,ttl,nt,jsonld,rdf}   the whole dataset
 * /api/search?q=        entities by name, either script
 * /api/graph            the entity graph (or ?around=IRI&amp;depth=N) as Cytoscape.js JSON
 * /api/queries          the named queries of the queries folder
 * /ui/*, /webjars/*     the page's scripts and styles, and its libraries, from the classpath
 * </pre>
 *
 * The page runs queries on {@value #SPARQL_PATH}, the dataset's query endpoint, which the
 * server itself provides.
 */
public final class WebApp {
    public static final String SPARQL_PATH = "/gba/sparql";
    static final String UI_RESOURCES = "org/gbakg/web/ui";
    static final String WEBJARS = "META-INF/resources/webjars";

    private WebApp() {}

    /**
     * Adds every servlet of the web side to {@code builder}.
     *
     * @param dataset    the served dataset (read in read transactions; its named graphs' union is what is shown)
     * @param queriesDir the folder of named {@code .rq} queries (a missing folder shows none)
     * @param base       the instance namespace that {@code /id/} serves, e.g. {@code Vocab.ID} ({@code https://w3id.org/gbakg/id/})
     */
    public static FusekiServer.Builder mount(FusekiServer.Builder builder, DatasetGraph dataset, Path queriesDir, String base) {
        servlets(dataset, queriesDir, base).forEach(builder::addServlet);
        return builder.addServlet("", home());
    }

    /** Every servlet of the web side but the home page, by the path it is mounted at. */
    public static java.util.Map<String, jakarta.servlet.http.HttpServlet> servlets(DatasetGraph dataset, Path queriesDir, String base) {
        java.util.Map<String, jakarta.servlet.http.HttpServlet> servlets = new java.util.LinkedHashMap<>();
        servlets.put("/id/*", new LinkedDataServlet(dataset, base));
        servlets.put("/.well-known/void", new VoidServlet(dataset, base, SPARQL_PATH));
        servlets.put("/dump/*", new DumpServlet(dataset));
        servlets.put("/api/search", new SearchServlet(dataset, base));
        servlets.put("/api/graph", new GraphServlet(dataset, base));
        servlets.put("/api/queries", new QueriesServlet(queriesDir, base, SPARQL_PATH));
        servlets.put("/ui/*", new ClasspathServlet(UI_RESOURCES, Optional.empty()));
        servlets.put("/webjars/*", new ClasspathServlet(WEBJARS, Optional.empty()));
        return servlets;
    }

    /** The explorer page alone, for a server that mounts its home page itself. */
    public static ClasspathServlet home() {
        return new ClasspathServlet(UI_RESOURCES, Optional.of("index.html"));
    }
}
