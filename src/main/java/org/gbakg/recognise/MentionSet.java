package org.gbakg.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.gbakg.text.Span;

/**
 * The article's mentions, kept free of overlaps: a new mention that overlaps one already kept is
 * taken only if it is longer and contains it (河套深港科技創新合作區深圳園區 over 深圳園區).
 */
public final class MentionSet {
    private final TreeMap<Integer, Mention> byBegin = new TreeMap<>();

    /** Adds the mention unless a kept one overlaps it without being contained in it. */
    public boolean add(Mention m) {
        List<Mention> overlapping = overlapping(m.span());
        for (Mention o : overlapping) {
            if (!m.span().contains(o.span()) || m.span().equals(o.span())) {
                return false;
            }
        }
        overlapping.forEach(o -> byBegin.remove(o.begin()));
        byBegin.put(m.begin(), m);
        return true;
    }

    /** Replaces the mention at the same span (a better reading of the same words). */
    public void replace(Mention m) {
        overlapping(m.span()).forEach(o -> byBegin.remove(o.begin()));
        byBegin.put(m.begin(), m);
    }

    public List<Mention> overlapping(Span span) {
        List<Mention> out = new ArrayList<>();
        var floor = byBegin.floorEntry(span.begin());
        if (floor != null && floor.getValue().span().overlaps(span)) {
            out.add(floor.getValue());
        }
        for (Mention m : byBegin.subMap(span.begin(), false, span.end(), false).values()) {
            out.add(m);
        }
        if (span.length() == 0) {
            return List.of();
        }
        return out;
    }

    public boolean isFree(Span span) {
        if (span.length() == 0) {
            return true;
        }
        var floor = byBegin.floorEntry(span.begin());
        if (floor != null && floor.getValue().span().overlaps(span)) {
            return false;
        }
        var next = byBegin.higherEntry(span.begin());
        return next == null || next.getKey() >= span.end();
    }

    public Optional<Mention> at(int begin) {
        return Optional.ofNullable(byBegin.get(begin));
    }

    /** The mention that ends exactly at {@code end}, if any. */
    public Optional<Mention> endingAt(int end) {
        var floor = byBegin.lowerEntry(end);
        return floor != null && floor.getValue().end() == end ? Optional.of(floor.getValue()) : Optional.empty();
    }

    /** The mention covering offset {@code pos}, if any. */
    public Optional<Mention> covering(int pos) {
        var floor = byBegin.floorEntry(pos);
        return floor != null && floor.getValue().end() > pos ? Optional.of(floor.getValue()) : Optional.empty();
    }

    public List<Mention> within(Span span) {
        return byBegin.subMap(span.begin(), true, span.end(), false).values().stream()
                .filter(m -> m.end() <= span.end())
                .toList();
    }

    /** The nearest mention ending before {@code pos} (and after {@code limit}) that passes the test. */
    public Optional<Mention> nearestBefore(int pos, int limit, java.util.function.Predicate<Mention> test) {
        for (Mention m : byBegin.headMap(pos, false).descendingMap().values()) {
            if (m.begin() < limit) {
                break;
            }
            if (m.end() <= pos && test.test(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public List<Mention> all() {
        return byBegin.values().stream().sorted(Comparator.comparing(Mention::span)).toList();
    }
}
