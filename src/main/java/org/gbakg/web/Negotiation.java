package org.gbakg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks what to serve from an HTTP {@code Accept} header (RFC 9110, section 12.5.1): the offer
 * with the highest quality, the most specific matching range deciding an offer's quality, and
 * the server's order breaking ties. No header, or only {@code *}{@code /*}, gives the first offer.
 */
final class Negotiation {
    private Negotiation() {}

    private record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            String[] ts = mediaType.split("/", 2);
            return (type.equals("*") || type.equals(ts[0])) && (subtype.equals("*") || subtype.equals(ts[1]));
        }
    }

    /** The chosen offer, or none when the header rules them all out (406). */
    static Optional<EntitySyntax> choose(String acceptHeader, List<EntitySyntax> offers) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return Optional.of(offers.get(0));
        }
        List<Range> ranges = parse(acceptHeader);
        EntitySyntax best = null;
        double bestQ = 0;
        for (EntitySyntax offer : offers) {
            double q = 0;
            for (String mediaType : offer.accepted()) {
                q = Math.max(q, quality(ranges, mediaType));
            }
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, String mediaType) {
        Range best = null;
        for (Range r : ranges) {
            if (r.matches(mediaType) && (best == null || r.specificity() > best.specificity())) {
                best = r;
            }
        }
        return best == null ? 0 : best.q();
    }

    private static List<Range> parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] params = part.trim().split(";");
            String[] ts = params[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (ts.length != 2 || ts[0].isEmpty() || ts[1].isEmpty()) {
                continue; // a malformed range asks for nothing
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2))));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(ts[0], ts[1], q));
        }
        return ranges;
    }
}
