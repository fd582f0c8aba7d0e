package org.gbakg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gbakg.TestLoader;
import org.junit.jupiter.api.Test;

/** The seed's graph, with the ontology it relies on, conforms to the contract's shapes. */
class SeedGraphShapesTest {

    @Test
    void seedGraphConformsToTheShapes() {
        KnowledgeGraphLoader loader = TestLoader.get();
        ArticleGraph article = loader.load(Path.of("seeds/000_3430000063e81d4c.txt"),
                Optional.of(Path.of("seeds/000_3430000063e81d4c.json")));
        Graph data = GraphFactory.createDefaultGraph();
        loader.ontology().all().find().forEach(data::add);
        article.quads().forEach(q -> data.add(q.asTriple()));

        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(loader.ontology().shapesGraph()), data);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.getEntries()).as("SHACL violations").isEmpty();
    }
}
