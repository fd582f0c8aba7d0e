package org.gbakg.query;

import java.io.OutputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gbakg.UserError;
import org.gbakg.rdf.Prefixes;

/**
 * Runs a query against a dataset and writes its results. Parsing is separate from running, so
 * that a query that does not parse is refused before any store is opened.
 */
public final class QueryRunner {
    private QueryRunner() {}

    /**
     * The parsed query, or a one-line {@link UserError} giving the file, line and column of a
     * syntax error. Only queries parse: a SPARQL Update is refused here, so a store is never changed.
     */
    public static Query parse(NamedQuery query) {
        try {
            return QueryFactory.create(query.text(), Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new UserError(query.file() + describe(e), e);
        }
    }

    private static final Pattern POSITION = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");
    private static final Pattern UNEXPECTED = Pattern.compile("Encountered \" .*? \"(.*?) \"\"");
    private static final Pattern UPDATE = Pattern.compile("(?i)(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\\b.*");

    /**
     * {@code :line:col: syntax error: …} from the parser's message, whose own position is the
     * offending token's (the exception's line and column fields may point before it).
     */
    private static String describe(QueryParseException e) {
        String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        Matcher position = POSITION.matcher(first);
        String where = position.find() ? ":" + position.group(1) + ":" + position.group(2)
                : e.getLine() > 0 ? ":" + e.getLine() + ":" + e.getColumn() : "";
        String what = position.replaceAll("").strip();
        Matcher unexpected = UNEXPECTED.matcher(what);
        if (unexpected.find()) {
            String token = unexpected.group(1).strip();
            what = "unexpected \"" + token + "\"";
            if (UPDATE.matcher(token).matches()) {
                what += " (this is a SPARQL Update; only queries can be run)";
            }
        }
        return where + ": syntax error: " + (what.isEmpty() ? "the query does not parse" : what);
    }

    /** Runs {@code query} in a read transaction and writes the results to {@code out}. */
    public static void run(Query query, DatasetGraph dataset, ResultFormat format, OutputStream out) {
        if ((query.isConstructType() || query.isDescribeType()) && (format == ResultFormat.CSV || format == ResultFormat.TSV)) {
            throw new UserError("--format " + format.name().toLowerCase(Locale.ROOT)
                    + " is for SELECT and ASK; this query gives a graph: use table (Turtle) or json (JSON-LD)");
        }
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                if (query.isSelectType()) {
                    writeSelect(exec, query, format, out);
                } else if (query.isAskType()) {
                    writeAsk(exec.execAsk(), format, out);
                } else if (query.isConstructType() || query.isDescribeType()) {
                    Graph graph = query.isConstructType() ? exec.execConstruct().getGraph() : exec.execDescribe().getGraph();
                    Prefixes.ALL.forEach(graph.getPrefixMapping()::setNsPrefix);
                    RDFDataMgr.write(out, graph, format == ResultFormat.JSON ? RDFFormat.JSONLD11_PRETTY : RDFFormat.TURTLE_PRETTY);
                } else {
                    throw new UserError("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
                }
            }
        });
    }

    private static void writeSelect(QueryExecution exec, Query query, ResultFormat format, OutputStream out) {
        ResultSet results = exec.execSelect();
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, results, query.getPrologue());
            case CSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        Lang lang = switch (format) {
            case TABLE -> null;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case JSON -> ResultSetLang.RS_JSON;
        };
        if (lang == null) {
            ResultSetFormatter.out(out, answer);
        } else {
            ResultSetMgr.write(out, answer, lang);
        }
    }
}
