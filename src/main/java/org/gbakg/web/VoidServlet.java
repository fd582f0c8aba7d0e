package org.gbakg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gbakg.export.DatasetContent;
import org.gbakg.export.RdfExporter;

/** {@code /.well-known/void}: the dataset's VoID and DCAT description, in Turtle unless another RDF syntax is asked for. */
public final class VoidServlet extends HttpServlet {
    private static final List<EntitySyntax> OFFERS = List.of(EntitySyntax.TURTLE, EntitySyntax.JSONLD, EntitySyntax.NTRIPLES,
            EntitySyntax.RDFXML);

    private final transient DatasetGraph dataset;
    private final String base;
    private final String sparqlPath;

    public VoidServlet(DatasetGraph dataset, String base, String sparqlPath) {
        this.dataset = dataset;
        this.base = base;
        this.sparqlPath = sparqlPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        var syntax = Negotiation.choose(req.getHeader("Accept"), OFFERS);
        if (syntax.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "not acceptable; available as: "
                    + String.join(", ", OFFERS.stream().map(EntitySyntax::mediaType).toList()));
            return;
        }
        String root = ServerRoot.of(req);
        var model = Txn.calculateRead(dataset, () -> VoidDescription.describe(DatasetContent.union(dataset), root, base, sparqlPath));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExporter.writeGraph(model.getGraph(), syntax.get().format().orElseThrow(), out);
        resp.setContentType(syntax.get().mediaType() + "; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(out.size());
        out.writeTo(resp.getOutputStream());
    }
}
