package org.gbakg.store;

import java.util.List;

/**
 * What a build or an ingest put in a store.
 *
 * @param store    the store's folder
 * @param articles ids of the articles loaded, in load order
 * @param quads    how many quads the store holds now
 */
public record BuildResult(StoreFolder store, List<String> articles, long quads) {
    public BuildResult {
        articles = List.copyOf(articles);
    }
}
