package org.gbakg.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of the gold a graph holds: per kind, the items found and the items missed; the
 * precision of persons and bodies; and the invented persons (gold {@code not_persons} typed as
 * people). Scorecards of several articles add up.
 */
public final class Scorecard {
    /** The kinds of gold item, in the order they are reported. */
    public static final List<String> KINDS = List.of(
            "persons", "posts", "bodies", "aliases", "platforms", "projects", "documents", "quantities", "relations");

    private final Map<String, int[]> recall = new LinkedHashMap<>();
    private final Map<String, List<String>> missed = new LinkedHashMap<>();
    private final int[] personPrecision = new int[2];
    private final int[] bodyPrecision = new int[2];
    private final List<String> spuriousPersons = new ArrayList<>();
    private final List<String> inventedPersons = new ArrayList<>();

    public Scorecard() {
        KINDS.forEach(k -> {
            recall.put(k, new int[2]);
            missed.put(k, new ArrayList<>());
        });
    }

    void item(String kind, boolean found, String description) {
        int[] counts = recall.get(kind);
        counts[1]++;
        if (found) {
            counts[0]++;
        } else {
            missed.get(kind).add(description);
        }
    }

    void person(boolean inGold, String name) {
        personPrecision[1]++;
        if (inGold) {
            personPrecision[0]++;
        } else {
            spuriousPersons.add(name);
        }
    }

    void body(boolean inGold) {
        bodyPrecision[1]++;
        if (inGold) {
            bodyPrecision[0]++;
        }
    }

    void invented(String name) {
        inventedPersons.add(name);
    }

    public Scorecard add(Scorecard other) {
        for (String k : KINDS) {
            recall.get(k)[0] += other.recall.get(k)[0];
            recall.get(k)[1] += other.recall.get(k)[1];
            missed.get(k).addAll(other.missed.get(k));
        }
        personPrecision[0] += other.personPrecision[0];
        personPrecision[1] += other.personPrecision[1];
        bodyPrecision[0] += other.bodyPrecision[0];
        bodyPrecision[1] += other.bodyPrecision[1];
        spuriousPersons.addAll(other.spuriousPersons);
        inventedPersons.addAll(other.inventedPersons);
        return this;
    }

    public int found(String kind) {
        return recall.get(kind)[0];
    }

    public int total(String kind) {
        return recall.get(kind)[1];
    }

    public List<String> missed(String kind) {
        return List.copyOf(missed.get(kind));
    }

    /** Items found over items in the gold, all kinds together. */
    public double recall() {
        int found = 0;
        int total = 0;
        for (int[] c : recall.values()) {
            found += c[0];
            total += c[1];
        }
        return total == 0 ? 1 : (double) found / total;
    }

    public double recall(String kind) {
        int[] c = recall.get(kind);
        return c[1] == 0 ? 1 : (double) c[0] / c[1];
    }

    public double personPrecision() {
        return personPrecision[1] == 0 ? 1 : (double) personPrecision[0] / personPrecision[1];
    }

    public double bodyPrecision() {
        return bodyPrecision[1] == 0 ? 1 : (double) bodyPrecision[0] / bodyPrecision[1];
    }

    /** People the graph has that the gold says are no people (峰介, 明入). */
    public List<String> inventedPersons() {
        return List.copyOf(inventedPersons);
    }

    public void print(PrintStream out, boolean withMisses) {
        out.printf("%-11s %6s %7s%n", "kind", "found", "recall");
        for (String k : KINDS) {
            int[] c = recall.get(k);
            out.printf("%-11s %6s %6.1f%%%n", k, c[0] + "/" + c[1], 100 * recall(k));
        }
        out.printf("%-11s %6s %6.1f%%%n", "all", "", 100 * recall());
        out.printf("person precision %.1f%% (%d/%d)   body precision %.1f%% (%d/%d)%n",
                100 * personPrecision(), personPrecision[0], personPrecision[1],
                100 * bodyPrecision(), bodyPrecision[0], bodyPrecision[1]);
        if (!inventedPersons.isEmpty()) {
            out.println("invented persons: " + inventedPersons);
        }
        if (withMisses) {
            for (String k : KINDS) {
                missed.get(k).forEach(m -> out.println("  missed " + k + ": " + m));
            }
            if (!spuriousPersons.isEmpty()) {
                out.println("  persons not in the gold: " + spuriousPersons);
            }
        }
    }
}
