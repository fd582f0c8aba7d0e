package org.gbakg.validate;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The outcome of checking a graph against the shapes: every result, and a one-line summary fit
 * for an error message. Only results of severity {@code sh:Violation} make a graph fail; warnings
 * and infos are kept for whoever wants to show them.
 */
public record ShapeReport(List<Result> results) {
    public ShapeReport {
        results = List.copyOf(results);
    }

    /**
     * One result of SHACL validation.
     *
     * @param focusNode the node that breaks the shape
     * @param path      the property path checked, empty when the shape is about the node itself
     * @param message   what the shape expected
     * @param severity  the local name of the severity: {@code Violation}, {@code Warning} or {@code Info}
     */
    public record Result(Node focusNode, String path, String message, String severity) {
        public boolean isViolation() {
            return "Violation".equals(severity);
        }

        public String describe() {
            String node = NodeFmtLib.strNT(focusNode);
            return (path.isEmpty() ? node : node + " " + path) + ": " + message;
        }
    }

    public List<Result> violations() {
        return results.stream().filter(Result::isViolation).toList();
    }

    public boolean conforms() {
        return violations().isEmpty();
    }

    /** E.g. {@code 2 shape violations, first: <https://…/article/x> <http://purl.org/dc/terms/title>: minCount[1]: …}. */
    public String summary() {
        List<Result> violations = violations();
        if (violations.isEmpty()) {
            return "conforms to the shapes";
        }
        String first = violations.get(0).describe().replaceAll("\\s+", " ");
        return violations.size() == 1
                ? "1 shape violation: " + first
                : violations.size() + " shape violations, first: " + first;
    }
}
