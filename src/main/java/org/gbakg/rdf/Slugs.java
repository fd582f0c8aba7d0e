package org.gbakg.rdf;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * ASCII slugs for IRIs: pinyin for Chinese names (覃偉中 → qin-weizhong, family name apart),
 * lower-case letters and digits kept, everything else a hyphen; long slugs are cut and given a
 * short hash so that they stay unique.
 */
public final class Slugs {
    private static final int MAX = 60;

    private Slugs() {}

    /**
     * A person's slug: family name, hyphen, given name (歐陽 counts as one family name). The
     * family name's reading as a name, where the lexicon gives one, wins over the character's
     * common reading (覃 is qin, not tan).
     */
    public static String person(String simplifiedName, int surnameLength, java.util.Optional<String> familyReading) {
        String family = familyReading.orElseGet(() -> pinyin(simplifiedName.substring(0, surnameLength), ""));
        String given = pinyin(simplifiedName.substring(surnameLength), "");
        return clean(given.isEmpty() ? family : family + "-" + given, simplifiedName);
    }

    /** A slug of syllables joined by hyphens. */
    public static String of(String simplifiedName) {
        return clean(pinyin(simplifiedName, "-"), simplifiedName);
    }

    /**
     * A 64-bit FNV-1a hash of a text as 16 hex digits: stable across runs and machines, cheap
     * enough for every fact and piece of evidence, and wide enough that the facts of one article
     * do not collide.
     */
    public static String key(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(hash);
    }

    /** A short stable hash of a text, for suffixes that break collisions. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    private static String pinyin(String text, String separator) {
        List<Pinyin> syllables = HanLP.convertToPinyinList(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String piece;
            if (i < syllables.size() && syllables.get(i) != Pinyin.none5 && Character.isIdeographic(c)) {
                piece = syllables.get(i).getPinyinWithoutTone().replace("ü", "v");
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                piece = String.valueOf(Character.toLowerCase(c));
                if (!out.isEmpty() && Character.isLetterOrDigit(out.charAt(out.length() - 1))
                        && i > 0 && text.charAt(i - 1) < 128) {
                    out.append(piece);
                    continue;
                }
            } else {
                piece = "";
            }
            if (!piece.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(separator);
                }
                out.append(piece);
            }
        }
        return out.toString();
    }

    private static String clean(String raw, String original) {
        String slug = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            return "x-" + hash(original);
        }
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "") + "-" + hash(original);
        }
        return slug;
    }
}
