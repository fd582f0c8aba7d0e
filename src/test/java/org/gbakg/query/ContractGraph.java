package org.gbakg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.gbakg.rdf.Vocab;

/**
 * The hand-written graph of {@code contract-fixture.trig} in an in-memory TDB2 dataset whose
 * default graph is the union of the named graphs, as in a real store; and the named queries'
 * rows over it, as short strings.
 */
final class ContractGraph {
    private ContractGraph() {}

    static DatasetGraph load(String resource) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, ContractGraph.class.getResource("/" + resource).toString()));
        return dsg;
    }

    /** Each row as {@code "a | b | c"} over {@code vars}: IRIs without the instance namespace, literals by their text, unbound as {@code -}. */
    static List<String> rows(DatasetGraph dsg, NamedQuery query, String... vars) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(QueryRunner.parse(query)).build()) {
                ResultSet results = exec.execSelect();
                List<String> rows = new ArrayList<>();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    rows.add(List.of(vars).stream().map(v -> show(row.get(v))).collect(Collectors.joining(" | ")));
                }
                return rows;
            }
        });
    }

    private static String show(RDFNode value) {
        if (value == null) {
            return "-";
        }
        Node node = value.asNode();
        if (node.isURI()) {
            return node.getURI().startsWith(Vocab.ID) ? node.getURI().substring(Vocab.ID.length()) : node.getURI();
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
