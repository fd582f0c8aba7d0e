package org.gbakg.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.gbakg.UserError;

/** The languages every entity is labelled in (graph contract, "Labels"), each with the order to fall back in. */
public enum LabelLanguage {
    ZH_HANT("zh-Hant"),
    ZH_HANS("zh-Hans"),
    EN("en");

    private final String tag;

    LabelLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** This language first, then the others in the order Traditional, Simplified, English. */
    public List<LabelLanguage> fallback() {
        List<LabelLanguage> order = new ArrayList<>(List.of(values()));
        order.remove(this);
        order.add(0, this);
        return order;
    }

    /** Whether a literal's language tag is this language: {@code zh-Hant-HK} is {@code zh-Hant}. */
    public boolean matches(String languageTag) {
        return languageTag.equalsIgnoreCase(tag) || languageTag.regionMatches(true, 0, tag + "-", 0, tag.length() + 1);
    }

    public static LabelLanguage of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst()
                .orElseThrow(() -> new UserError("unknown label language '" + tag + "'; use one of: "
                        + Arrays.stream(values()).map(LabelLanguage::tag).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return tag;
    }
}
