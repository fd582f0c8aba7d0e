package org.gbakg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.gbakg.web.Fixture;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private static final Graph G = Exporter.canonicalUnion(Fixture.dataset());

    @Test
    void fallsBackInTheLanguagesOrder() {
        assertEquals(List.of(LabelLanguage.EN, LabelLanguage.ZH_HANT, LabelLanguage.ZH_HANS), LabelLanguage.EN.fallback());
        assertEquals(List.of(LabelLanguage.ZH_HANS, LabelLanguage.ZH_HANT, LabelLanguage.EN), LabelLanguage.ZH_HANS.fallback());
    }

    @Test
    void anUnlabelledEntityIsNamedByTheStartOfItsText() {
        assertEquals("深圳園區將加快建設深港科創綜合服務中心。", Labels.pickOrName(G,
                NodeFactory.createURI("https://w3id.org/gbakg/id/statement/000_test-3-a1"), LabelLanguage.EN));
        assertEquals("3.02平方公里", Labels.pickOrName(G,
                NodeFactory.createURI("https://w3id.org/gbakg/id/quantity/000_test-120"), LabelLanguage.EN));
        assertEquals("spokeAt", Labels.pickOrName(G, NodeFactory.createURI("https://w3id.org/gbakg/ontology#spokeAt"), LabelLanguage.EN));
    }

    @Test
    void prefixedNamesGoBothWays() {
        assertEquals("foaf:Person", Labels.prefixed("http://xmlns.com/foaf/0.1/Person"));
        assertEquals("http://xmlns.com/foaf/0.1/Person", Labels.expand("foaf:Person"));
        assertEquals("http://example.org/x", Labels.expand("http://example.org/x"));
        assertTrue(LabelLanguage.ZH_HANT.matches("zh-Hant-HK") && LabelLanguage.ZH_HANT.matches("zh-hant")
                && !LabelLanguage.ZH_HANT.matches("zh-Hans") && !LabelLanguage.ZH_HANT.matches("zh-HantX"));
    }
}
