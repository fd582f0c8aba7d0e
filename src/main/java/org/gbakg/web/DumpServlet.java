package org.gbakg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gbakg.export.ExportFormat;
import org.gbakg.export.RdfExporter;

/** The whole dataset as a file, mounted at {@code /dump/*}: {@code /dump/gba.nq}, {@code gba.ttl}, ... (the same bytes as {@code kg export}). */
public final class DumpServlet extends HttpServlet {
    static final String NAME = "gba";
    static final List<ExportFormat> FORMATS = List.of(ExportFormat.NQ, ExportFormat.TRIG, ExportFormat.TTL, ExportFormat.NT,
            ExportFormat.JSONLD, ExportFormat.RDFXML);

    private final transient DatasetGraph dataset;

    public DumpServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The path of a dump below the server root. */
    static String path(ExportFormat f) {
        return "/dump/" + NAME + "." + f.extension();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String file = req.getPathInfo() == null ? "" : req.getPathInfo();
        Optional<ExportFormat> format = FORMATS.stream().filter(f -> file.equals("/" + NAME + "." + f.extension())).findFirst();
        if (format.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "no such dump; there are: "
                    + String.join(", ", FORMATS.stream().map(DumpServlet::path).toList()));
            return;
        }
        resp.setContentType(format.get().mediaType() + "; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = resp.getOutputStream()) {
            RdfExporter.write(dataset, format.get(), out);
        }
    }
}
