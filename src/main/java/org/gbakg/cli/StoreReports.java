package org.gbakg.cli;

import org.gbakg.store.BuildResult;

/** The one-line reports of the store commands. */
final class StoreReports {
    private StoreReports() {}

    static String built(BuildResult result) {
        return "built " + result.store().dir() + ": " + articles(result) + ", " + result.quads() + " quads";
    }

    static String ingested(BuildResult result) {
        return "ingested " + articles(result) + " into " + result.store().dir() + ", which now holds " + result.quads() + " quads";
    }

    private static String articles(BuildResult result) {
        int n = result.articles().size();
        return n == 1 ? "1 article" : n + " articles";
    }
}
