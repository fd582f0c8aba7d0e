package org.gbakg.relate;

import java.util.List;

/** One way of reading facts from the sentences of an article. */
interface Rule {
    void apply(Context ctx, List<Fact> out);
}
