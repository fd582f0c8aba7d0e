package org.gbakg.web;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** The hand-written graph of {@code src/test/resources/web/fixture.trig}, freshly parsed (new blank node ids each time). */
public final class Fixture {
    public static final String QIN = "https://w3id.org/gbakg/id/person/qin-weizhong";
    public static final String MISCHIEF = "https://w3id.org/gbakg/id/person/mischief";
    public static final String PARK = "https://w3id.org/gbakg/id/park/hetao-shenzhen";
    public static final String HENGQIN = "https://w3id.org/gbakg/id/platform/hengqin";
    public static final String NDRC = "https://w3id.org/gbakg/id/body/ndrc";

    private Fixture() {}

    public static DatasetGraph dataset() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        try (InputStream in = Fixture.class.getResourceAsStream("/web/fixture.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(ds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ds;
    }

    /**
     * The fixture in an in-memory TDB2 dataset whose default graph is the union of the named graphs,
     * as the store serves it. TDB2 keeps numbers by value: {@code 3.02E6} reads back as {@code 3020000.0e0}.
     */
    public static DatasetGraph store() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph parsed = dataset();
        Txn.executeWrite(tdb, () -> parsed.find().forEachRemaining(tdb::add));
        return tdb;
    }

    public static Path queriesDir() {
        try {
            return Path.of(Fixture.class.getResource("/web/queries").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
