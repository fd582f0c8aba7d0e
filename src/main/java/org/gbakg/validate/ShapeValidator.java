package org.gbakg.validate;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * Checks data graphs against SHACL shapes parsed once. The shapes are fixed when the validator
 * is made, so one validator serves many graphs (one per article, say) without re-parsing.
 */
public final class ShapeValidator {
    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** A validator for the shapes in {@code shapesGraph} (an empty graph accepts everything). */
    public static ShapeValidator of(Graph shapesGraph) {
        return new ShapeValidator(Shapes.parse(shapesGraph));
    }

    public ShapeReport validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<ShapeReport.Result> results = report.getEntries().stream()
                .map(e -> new ShapeReport.Result(
                        e.focusNode(),
                        e.resultPath() == null ? "" : e.resultPath().toString(),
                        e.message() == null ? "" : e.message(),
                        e.severity().level().getLocalName()))
                .toList();
        return new ShapeReport(results);
    }
}
