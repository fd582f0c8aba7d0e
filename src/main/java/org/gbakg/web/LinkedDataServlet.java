package org.gbakg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gbakg.export.DatasetContent;
import org.gbakg.export.RdfExporter;

/**
 * Dereferenceable IRIs, mounted at {@code /id/*}: {@code /id/person/x} answers for
 * {@code {base}person/x} with a page or the entity's description in Turtle, JSON-LD, N-Triples or
 * RDF/XML, by the {@code Accept} header ({@code Vary: Accept}), a suffix ({@code .ttl}) or
 * {@code ?format=ttl}. Unknown or malformed paths are 404.
 */
public final class LinkedDataServlet extends HttpServlet {
    private static final List<EntitySyntax> OFFERS = List.of(EntitySyntax.TURTLE, EntitySyntax.HTML, EntitySyntax.JSONLD,
            EntitySyntax.NTRIPLES, EntitySyntax.RDFXML);

    private final transient DatasetGraph dataset;
    private final transient LocalLinks links;

    /** @param base the instance namespace served, such as {@code https://w3id.org/gbakg/id/} (ends with a slash) */
    public LinkedDataServlet(DatasetGraph dataset, String base) {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("Illegal base=" + base + ": it must end with '/'");
        }
        this.dataset = dataset;
        this.links = new LocalLinks(base);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<IdPath> parsed = IdPath.parse(req.getPathInfo());
        if (parsed.isEmpty()) {
            Responses.html(resp, HttpServletResponse.SC_NOT_FOUND, PageLayout.notFound("No entity has this address."));
            return;
        }
        String format = req.getParameter("format");
        Optional<EntitySyntax> byParameter = format == null ? Optional.empty() : EntitySyntax.named(format);
        if (format != null && byParameter.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_BAD_REQUEST, "unknown format '" + format + "'; use one of: "
                    + String.join(", ", Arrays.stream(EntitySyntax.values()).map(EntitySyntax::suffix).toList()));
            return;
        }
        Txn.calculateRead(dataset, () -> answer(parsed.get(), req.getHeader("Accept"), byParameter)).send(resp);
    }

    /** Works out the answer inside the read transaction, so nothing reads the dataset while the response is sent. */
    private Response answer(IdPath path, String accept, Optional<EntitySyntax> asked) {
        EntityReader reader = new EntityReader(DatasetContent.union(dataset), links);
        Node iri = NodeFactory.createURI(links.base() + path.path());
        Optional<EntitySyntax> bySuffix = Optional.empty();
        if (!reader.isKnown(iri) && path.suffix().isPresent()) {
            iri = NodeFactory.createURI(links.base() + path.withoutSuffix());
            bySuffix = path.suffix();
        }
        if (!reader.isKnown(iri)) {
            return Response.page(HttpServletResponse.SC_NOT_FOUND, PageLayout.notFound("Nothing is known about " + iri.getURI() + "."));
        }
        Optional<EntitySyntax> chosen = bySuffix.or(() -> asked).or(() -> Negotiation.choose(accept, OFFERS));
        if (chosen.isEmpty()) {
            return Response.text(HttpServletResponse.SC_NOT_ACCEPTABLE, "not acceptable; this resource is available as: "
                    + String.join(", ", OFFERS.stream().map(EntitySyntax::mediaType).toList()));
        }
        EntitySyntax syntax = chosen.get();
        String localPath = LocalLinks.ID_PATH + iri.getURI().substring(links.base().length());
        if (syntax == EntitySyntax.HTML) {
            return Response.page(HttpServletResponse.SC_OK, EntityPage.render(reader.view(iri), localPath));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExporter.writeGraph(reader.describe(iri), syntax.format().orElseThrow(), out);
        return new Response(HttpServletResponse.SC_OK, syntax.mediaType() + "; charset=utf-8", out.toByteArray(),
                Optional.of(localPath + "." + syntax.suffix()));
    }

    /** A finished answer. */
    private record Response(int status, String contentType, byte[] body, Optional<String> contentLocation) {
        static Response page(int status, String html) {
            return new Response(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Optional.empty());
        }

        static Response text(int status, String message) {
            return new Response(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8),
                    Optional.empty());
        }

        void send(HttpServletResponse resp) throws IOException {
            resp.setStatus(status);
            resp.setContentType(contentType);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            if (contentType.startsWith("text/html")) {
                resp.setHeader("Content-Security-Policy", Responses.CSP);
            }
            contentLocation.ifPresent(l -> resp.setHeader("Content-Location", l));
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }
}
