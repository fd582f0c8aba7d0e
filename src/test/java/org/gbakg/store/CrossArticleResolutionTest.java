package org.gbakg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gbakg.pipeline.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles in either script, naming people and bodies by full names or short forms, make one
 * graph: the same person or body is one IRI, posts from several articles accumulate with each
 * article's date, and two people who share a pinyin stay two.
 */
class CrossArticleResolutionTest {
    private static final OntologyFiles ONTOLOGY = new OntologyFiles(Path.of("ontology"));

    @TempDir
    Path tmp;

    private Path article(String name, String date, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve(name + ".json"), "{\"id\":\"" + name + "\",\"published\":\"" + date + "\"}",
                StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
    }

    private static List<String> select(StoreFolder folder, String sparql) {
        try (Store store = Store.open(folder)) {
            DatasetGraph dsg = store.dataset();
            return Txn.calculateRead(dsg, () -> {
                try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(sparql).build()) {
                    List<String> rows = new java.util.ArrayList<>();
                    var results = qe.execSelect();
                    List<String> vars = results.getResultVars();
                    results.forEachRemaining((QuerySolution row) -> {
                        StringBuilder line = new StringBuilder();
                        vars.forEach(v -> line.append(line.isEmpty() ? "" : " | ").append(row.get(v)));
                        rows.add(line.toString());
                    });
                    return rows.stream().sorted().toList();
                }
            });
        }
    }

    @Test
    void samePersonInBothScriptsIsOneIriWithPostsFromEachArticle() throws IOException {
        Path a = article("a", "2023-09-06", "深圳市委副書記、市長覃偉中5日表示，河套合作區將加快建設。");
        Path b = article("b", "2024-03-02", "国家发改委党组成员郭兰峰表示，将支持。深圳市长覃伟中指出，深圳将加快推进河套深港科技创新合作区建设。");
        StoreFolder db = new StoreFolder(tmp.resolve("data"));
        StoreBuilder.create(ONTOLOGY).build(List.of(a), db);
        StoreIngester.create(ONTOLOGY).ingest(db, List.of(b));

        List<String> people = select(db, """
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                SELECT DISTINCT ?p WHERE { ?p a foaf:Person }""");
        assertThat(people).containsExactly(
                "https://w3id.org/gbakg/id/person/guo-lanfeng", "https://w3id.org/gbakg/id/person/qin-weizhong");

        List<String> posts = select(db, """
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX gba: <https://w3id.org/gbakg/ontology#>
                SELECT ?post ?date WHERE {
                  GRAPH ?g { <https://w3id.org/gbakg/id/person/qin-weizhong> org:holds ?post . ?post gba:attestedOn ?date } }""");
        assertThat(posts).containsExactlyInAnyOrder(
                "https://w3id.org/gbakg/id/post/qin-weizhong--deputy-party-secretary--shenzhen-party-committee | \"2023-09-06\"^^xsd:date",
                "https://w3id.org/gbakg/id/post/qin-weizhong--mayor--shenzhen-government | \"2023-09-06\"^^xsd:date",
                "https://w3id.org/gbakg/id/post/qin-weizhong--mayor--shenzhen-government | \"2024-03-02\"^^xsd:date");
    }

    @Test
    void aShortFormAndAnAliasResolveToTheCuratedBody() throws IOException {
        Path a = article("c", "2024-01-01", "國家發展改革委黨組成員郭蘭峰表示，發改委將支持河套深港科技創新合作區建設。");
        StoreFolder db = new StoreFolder(tmp.resolve("data"));
        StoreBuilder.create(ONTOLOGY).build(List.of(a), db);
        List<String> bodies = select(db, """
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT DISTINCT ?b WHERE { GRAPH <https://w3id.org/gbakg/graph/c> { ?b a org:Organization } }""");
        assertThat(bodies).containsExactly("https://w3id.org/gbakg/id/body/ndrc");
    }

    @Test
    void twoPeopleWhoSharePinyinStayTwo() throws IOException {
        Path a = article("d", "2024-01-01", "深圳市副市長張偉表示，將加快建設。");
        Path b = article("e", "2024-01-02", "廣州市副市長章偉表示，將積極推進。");
        StoreFolder db = new StoreFolder(tmp.resolve("data"));
        StoreBuilder.create(ONTOLOGY).build(List.of(a), db);
        StoreIngester.create(ONTOLOGY).ingest(db, List.of(b));
        List<String> people = select(db, """
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?p ?name WHERE { ?p a foaf:Person ; rdfs:label ?name FILTER(lang(?name) = "zh-Hant") }""");
        assertThat(people).hasSize(2);
        assertThat(people.get(0)).startsWith("https://w3id.org/gbakg/id/person/zhang-wei | ");
        assertThat(people.get(1)).startsWith("https://w3id.org/gbakg/id/person/zhang-wei-");
        assertThat(people).anyMatch(p -> p.endsWith("\"張偉\"@zh-Hant")).anyMatch(p -> p.endsWith("\"章偉\"@zh-Hant"));
    }
}
