package org.gbakg.web;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gbakg.export.Classes;
import org.gbakg.export.Entities;
import org.gbakg.export.LabelLanguage;
import org.gbakg.export.Labels;

/**
 * Finds entities by name, in either script or in English: the query is converted to Traditional
 * and to Simplified, so {@code 覃伟中} finds {@code 覃偉中}. Exact names rank before names that
 * start with the query, which rank before names that contain it.
 */
final class NameSearch {
    static {
        JenaSystem.init();
    }

    static final int MAX_QUERY = 100;
    private static final List<Node> NAME_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.prefLabel.asNode());

    /** One entity found, with its labels and the name that matched. */
    record Hit(String iri, String href, String label, Map<String, String> labels, String classLabel, String matched) {}

    private NameSearch() {}

    /** The variants a query is looked up as: itself, in Traditional and Simplified script, lower-cased. */
    static Set<String> variants(String query) {
        Set<String> v = new LinkedHashSet<>();
        String q = query.strip();
        v.add(q.toLowerCase(Locale.ROOT));
        v.add(HanLP.convertToTraditionalChinese(q).toLowerCase(Locale.ROOT));
        v.add(HanLP.convertToSimplifiedChinese(q).toLowerCase(Locale.ROOT));
        return v;
    }

    static List<Hit> search(Graph g, LocalLinks links, String query, int limit) {
        String q = query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        Set<String> variants = variants(q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q);
        Entities entities = new Entities(g, links.base());
        Classes classes = new Classes(g);
        Map<Node, Integer> rank = new HashMap<>();
        Map<Node, String> matched = new HashMap<>();
        for (Node p : NAME_PROPERTIES) {
            for (var it = g.find(Node.ANY, p, Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                if (!t.getObject().isLiteral()) {
                    continue;
                }
                String name = t.getObject().getLiteralLexicalForm();
                int r = rank(name.toLowerCase(Locale.ROOT), variants);
                Node s = t.getSubject();
                if (r < rank.getOrDefault(s, Integer.MAX_VALUE) && entities.isEntity(s)) {
                    rank.put(s, r);
                    matched.put(s, name);
                }
            }
        }
        List<Node> found = new ArrayList<>(rank.keySet());
        found.sort(Comparator.comparing((Node n) -> rank.get(n)).thenComparing(n -> matched.get(n).length()).thenComparing(Node::getURI));
        List<Hit> hits = new ArrayList<>();
        for (Node n : found.subList(0, Math.min(limit, found.size()))) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (LabelLanguage l : LabelLanguage.values()) {
                Labels.exactly(g, n, l).ifPresent(s -> labels.put(l.tag(), s));
            }
            hits.add(new Hit(n.getURI(), links.href(n).orElse(""), Labels.pickOrName(g, n, LabelLanguage.ZH_HANT), labels,
                    Labels.pickOrName(g, classes.mostSpecificType(n), LabelLanguage.EN), matched.get(n)));
        }
        return hits;
    }

    private static int rank(String name, Set<String> variants) {
        int best = Integer.MAX_VALUE;
        for (String v : variants) {
            if (name.equals(v)) {
                return 0;
            }
            if (name.startsWith(v)) {
                best = Math.min(best, 1);
            } else if (name.contains(v)) {
                best = Math.min(best, 2);
            }
        }
        return best;
    }
}
