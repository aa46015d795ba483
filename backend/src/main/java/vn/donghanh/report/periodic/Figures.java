package vn.donghanh.report.periodic;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One unit's figures for one period: a count per COUNT indicator, and the samples a MEDIAN is taken
 * of (minutes from a help request to its first human answer). Percentages and medians are derived
 * here, never stored, so adding communes up is adding counts and joining samples.
 */
public final class Figures {
    private final EnumMap<Indicator, Long> counts = new EnumMap<>(Indicator.class);
    private final List<Long> helpMinutes = new ArrayList<>();

    public Figures() {
        for (Indicator i : Indicator.counts()) {
            counts.put(i, 0L);
        }
    }

    /** Figures as frozen: the stored counts (missing ones are 0) and samples. */
    public static Figures of(Map<Indicator, Long> stored, Collection<Long> helpMinutes) {
        Figures f = new Figures();
        stored.forEach((i, v) -> {
            if (i.isCount()) {
                f.counts.put(i, v);
            }
        });
        f.helpMinutes.addAll(helpMinutes);
        return f;
    }

    public void add(Indicator i, long n) {
        if (!i.isCount()) {
            throw new IllegalArgumentException(i + " is derived, not counted");
        }
        counts.merge(i, n, Long::sum);
    }

    public void increment(Indicator i) {
        add(i, 1);
    }

    public void addHelpMinutes(long minutes) {
        helpMinutes.add(minutes);
    }

    /** These figures plus another unit's (a district or province is the sum of its communes). */
    public Figures plus(Figures other) {
        Figures sum = new Figures();
        for (Indicator i : Indicator.counts()) {
            sum.counts.put(i, count(i) + other.count(i));
        }
        sum.helpMinutes.addAll(helpMinutes);
        sum.helpMinutes.addAll(other.helpMinutes);
        return sum;
    }

    public static Figures sum(Collection<Figures> all) {
        Figures total = new Figures();
        for (Figures f : all) {
            total = total.plus(f);
        }
        return total;
    }

    public long count(Indicator i) {
        return counts.getOrDefault(i, 0L);
    }

    /**
     * The printed value: the count, the whole-number percentage of two counts (null when the
     * denominator is 0), or the median of the samples (null when there are none).
     */
    public @Nullable Long value(Indicator i) {
        return switch (i.measure()) {
            case PERCENT -> {
                long whole = count(i.denominator());
                yield whole == 0 ? null : Math.round(count(i.numerator()) * 100.0 / whole);
            }
            case MINUTES -> median();
            default -> count(i);
        };
    }

    private @Nullable Long median() {
        if (helpMinutes.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(helpMinutes);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** The counts to store, in print order. */
    public Map<Indicator, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** The samples to store (minutes to the first human answer of each answered help request). */
    public List<Long> helpMinutes() {
        return Collections.unmodifiableList(helpMinutes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f
                && counts.equals(f.counts)
                && sorted(helpMinutes).equals(sorted(f.helpMinutes));
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return "Figures" + counts + " helpMinutes=" + helpMinutes;
    }

    private static List<Long> sorted(List<Long> l) {
        List<Long> s = new ArrayList<>(l);
        Collections.sort(s);
        return s;
    }
}
