package org.gbakg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gbakg.UserError;

/**
 * The graph over HTTP: an embedded Fuseki serving one dataset, {@value #DATASET}, read-only
 * unless update is allowed with a password file, with a query timeout, CORS, and a page at
 * {@code /}. Other code mounts its own servlets and filters through the {@link Builder}.
 *
 * <pre>
 * /gba/sparql, /gba/query   SPARQL 1.1 query (GET and POST)
 * /gba/get                  Graph Store Protocol, read
 * /gba/update, /gba/data    SPARQL Update and Graph Store Protocol read-write (only with a password file)
 * /$/ping                   liveness
 * /                         the query page, or the servlet given to {@link Builder#home}
 * </pre>
 */
public final class GbaServer implements AutoCloseable {
    public static final String DATASET = "/gba";
    static final String REALM = "gba-kg";

    private final FusekiServer fuseki;
    private final boolean updatable;

    private GbaServer(FusekiServer fuseki, boolean updatable) {
        this.fuseki = fuseki;
        this.updatable = updatable;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; a port in use is a {@link UserError} naming the port. */
    public GbaServer start() {
        try {
            fuseki.start();
            return this;
        } catch (FusekiException e) {
            int port = fuseki.getHttpPort();
            stopQuietly();
            if (causedBy(e, BindException.class)) {
                throw new UserError("port " + port + " is already in use; choose another with --port", e);
            }
            throw new UserError("cannot start the server on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** The port listened on (the one chosen when the builder asked for port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port() + "/";
    }

    /** What the server offers, one line each, for printing when it is ready. */
    public List<String> describe() {
        String base = baseUrl();
        List<String> lines = new ArrayList<>();
        lines.add("SPARQL query:  " + base + "gba/sparql  (also " + base + "gba/query)");
        lines.add("Graph store:   " + base + "gba/get  (read)");
        if (updatable) {
            lines.add("SPARQL update: " + base + "gba/update  (basic auth)");
            lines.add("Graph store:   " + base + "gba/data  (read-write, basic auth)");
        }
        lines.add("Web page:      " + base);
        return lines;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }

    /** Releases what a failed start may have started (threads), keeping the start's error as the one reported. */
    private void stopQuietly() {
        try {
            fuseki.stop();
        } catch (RuntimeException alreadyStopped) {
            // nothing was running
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Settings of a server; {@link #build()} checks them and makes the server, not yet started. */
    public static final class Builder {
        // defaults
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(10);
        private Optional<PasswordFile> updateUsers = Optional.empty();
        private boolean loopbackOnly = false;
        private HttpServlet home = null; // null: the built-in query page
        private DatasetGraph dataset = null;
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        private final List<Map.Entry<String, Filter>> filters = new ArrayList<>();

        private Builder() {}

        /** The port to listen on, 1 to 65535, or 0 for any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new UserError("port " + port + " is not valid: use 1 to 65535, or 0 for any free port");
            }
            this.port = port;
            return this;
        }

        /** How long a query may run before it is stopped and answered with an error. */
        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new UserError("query timeout " + timeout.toMillis() + " ms is not valid: it must be positive");
            }
            this.queryTimeout = timeout;
            return this;
        }

        /** Allows SPARQL Update and Graph Store writes to the users of this password file, by basic auth. */
        public Builder allowUpdate(Path passwordFile) {
            this.updateUsers = Optional.of(new PasswordFile(passwordFile));
            return this;
        }

        /** Listens on the loopback interface only (tests, or a server behind a local proxy). */
        public Builder loopbackOnly(boolean loopbackOnly) {
            this.loopbackOnly = loopbackOnly;
            return this;
        }

        /** The store to serve; its default graph should be the union of its named graphs. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /**
         * Mounts a servlet at a servlet path spec such as {@code /id/*} or {@code /.well-known/void}.
         * Requests for the dataset ({@code /gba/...}) never reach it. The path {@code /} itself is
         * Fuseki's fallback: use {@link #home} for the root page.
         */
        public Builder addServlet(String pathSpec, HttpServlet servlet) {
            Objects.requireNonNull(servlet, "servlet");
            if (pathSpec.equals("/") || pathSpec.isEmpty()) {
                throw new IllegalArgumentException("Illegal pathSpec='" + pathSpec + "': use home(servlet) for the page at /");
            }
            if (pathSpec.equals(DATASET) || pathSpec.startsWith(DATASET + "/")) {
                throw new IllegalArgumentException("Illegal pathSpec='" + pathSpec + "': " + DATASET + " belongs to the SPARQL service");
            }
            if (servlets.putIfAbsent(pathSpec, servlet) != null) {
                throw new IllegalArgumentException("Illegal pathSpec='" + pathSpec + "': a servlet is already mounted there");
            }
            return this;
        }

        /** Adds a filter on a path spec; filters run in the order added, after CORS and before the SPARQL service. */
        public Builder addFilter(String pathSpec, Filter filter) {
            filters.add(Map.entry(Objects.requireNonNull(pathSpec, "pathSpec"), Objects.requireNonNull(filter, "filter")));
            return this;
        }

        /** The servlet answering exactly {@code /}, in place of the built-in query page. */
        public Builder home(HttpServlet servlet) {
            this.home = Objects.requireNonNull(servlet, "servlet");
            return this;
        }

        public GbaServer build() {
            if (dataset == null) {
                throw new IllegalStateException("No dataset: call dataset(...) before build()");
            }
            // Fuseki reads the timeout from the dataset's context: "initial,overall" in milliseconds.
            long millis = queryTimeout.toMillis();
            dataset.getContext().set(ARQ.queryTimeout, millis + "," + millis);

            FusekiServer.Builder fuseki = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty()) // nothing found on the classpath changes what is served
                    .port(port)
                    .loopback(loopbackOnly)
                    .enableCors(true, null)
                    .enablePing(true)
                    // addDataset, not add(name, dsg): add() would switch on update
                    .addDataset(DATASET, dataset)
                    .addEndpoint(DATASET, "sparql", Operation.Query)
                    .addEndpoint(DATASET, "query", Operation.Query)
                    .addEndpoint(DATASET, "get", Operation.GSP_R);
            updateUsers.ifPresent(users -> {
                fuseki.addEndpoint(DATASET, "update", Operation.Update)
                        .addEndpoint(DATASET, "data", Operation.GSP_RW)
                        .securityHandler(users.securityHandler(REALM, List.of(
                                DATASET + "/update", DATASET + "/update/*", DATASET + "/data", DATASET + "/data/*")));
            });
            filters.forEach(f -> fuseki.addFilter(f.getKey(), f.getValue()));
            servlets.forEach(fuseki::addServlet);
            // "" is the servlet spec's pattern for exactly the context root
            fuseki.addServlet("", home != null ? home : new QueryPage());
            return new GbaServer(fuseki.build(), updateUsers.isPresent());
        }
    }
}
