package org.gbakg.text;

/** A half-open range {@code [begin, end)} of character offsets into the normalised article text. */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Illegal span [" + begin + ", " + end + "): need 0 <= begin <= end");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public Span shift(int offset) {
        return new Span(begin + offset, end + offset);
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }
}
