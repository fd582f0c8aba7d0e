package org.gbakg.relate;

import java.util.OptionalDouble;

/** Chinese and Arabic numerals: 五, 二十, 兩, 一百五十, 1,000, 3.89; and the multipliers 萬 and 億. */
public final class Numbers {
    public static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十百千";

    private Numbers() {}

    /** The value of a numeral in folded text, or empty if it is not one. */
    public static OptionalDouble parse(String numeral) {
        String s = numeral.replace(",", "").replace(" ", "");
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (s.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            try {
                return OptionalDouble.of(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return chinese(s);
    }

    /** The factor of a multiplier character: 萬 (folded 万) 1e4, 億 (亿) 1e8, 千 1e3, 百 100. */
    public static double multiplier(char c) {
        return switch (c) {
            case '万' -> 1e4;
            case '亿' -> 1e8;
            case '千' -> 1e3;
            case '百' -> 1e2;
            default -> 1;
        };
    }

    private static OptionalDouble chinese(String s) {
        long total = 0;
        long digit = -1;
        for (char c : s.toCharArray()) {
            int d = digitOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十' || c == '百' || c == '千') {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return OptionalDouble.empty();
            }
        }
        if (digit > 0) {
            total += digit;
        }
        return OptionalDouble.of(total);
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
