package vn.donghanh.common;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of a cursor-paginated list; {@code nextCursor} is null on the last page. */
@Serdeable
public record Page<T>(List<T> items, String nextCursor) {
}
