package org.gbakg.recognise;

import java.util.List;
import org.gbakg.text.Article;

/** The result of recognition: the article with its entity and title mentions, in text order. */
public record Recognised(Article article, TextView view, List<Mention> mentions, List<RoleMention> roles) {
    public Recognised {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }

    /** The mentions that lie within {@code [begin, end)}, found by binary search (mentions are in text order). */
    public List<Mention> mentionsWithin(int begin, int end) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).begin() < begin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int from = lo;
        while (lo < mentions.size() && mentions.get(lo).begin() < end) {
            lo++;
        }
        return mentions.subList(from, lo).stream().filter(m -> m.end() <= end).toList();
    }

    /** The titles that lie within {@code [begin, end)}. */
    public List<RoleMention> rolesWithin(int begin, int end) {
        int lo = 0;
        int hi = roles.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (roles.get(mid).span().begin() < begin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int from = lo;
        while (lo < roles.size() && roles.get(lo).span().begin() < end) {
            lo++;
        }
        return roles.subList(from, lo);
    }
}
