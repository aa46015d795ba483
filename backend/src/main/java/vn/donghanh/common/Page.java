package vn.donghanh.common;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** One page of a cursor-paginated list; {@code nextCursor} is null on the last page. */
@Serdeable
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * The page of rows read with a {@code LIMIT} of {@code limit + 1}: the extra row, dropped here,
     * says whether a next page exists; then the cursor names the page's last row.
     */
    public static <T> Page<T> ofOverfetched(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> page = List.copyOf(rows.subList(0, limit));
        return new Page<>(page, cursorOf.apply(page.get(limit - 1)));
    }

    /** The same page with each item turned into another. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
