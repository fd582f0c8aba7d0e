package org.gbakg.query;

/** How {@code kg query} prints results. Graphs (CONSTRUCT, DESCRIBE) print as Turtle, or JSON-LD for {@link #JSON}. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON
}
