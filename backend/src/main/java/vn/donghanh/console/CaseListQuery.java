package vn.donghanh.console;

import io.micronaut.http.uri.UriBuilder;
import java.util.Arrays;
import java.util.Set;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseStatus;

/**
 * What the officer asked of the case list, read from its address once (unknown values fall back to
 * "any", so an edited address shows a list rather than an error), and written back into every link
 * the page draws (next page, column sorts, the download), so a filter is never lost on the way.
 */
record CaseListQuery(
        String text,
        CaseStatus status,
        String mentor,
        boolean overdue,
        boolean due,
        CaseQueries.SortBy sort,
        boolean descending) {
    static final int MAX_QUERY = 200;
    /** The mentor select's value for "no mentor". */
    static final String NO_MENTOR = "none";

    static CaseListQuery of(
            String q, String status, String mentor, String overdue, String due, String sort, String dir) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        CaseStatus chosen = Arrays.stream(CaseStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        CaseQueries.SortBy by = Arrays.stream(CaseQueries.SortBy.values())
                .filter(s -> s.name().equals(sort))
                .findFirst()
                .orElse(CaseQueries.SortBy.NAME);
        String m = mentor == null || mentor.isBlank() ? null : mentor.strip();
        return new CaseListQuery(text, chosen, m, on(overdue), on(due), by, "desc".equals(dir));
    }

    private static boolean on(String checkbox) {
        return checkbox != null && !checkbox.isBlank();
    }

    /** The service's search; {@code overdueIds} is the compliance's answer when the overdue filter is on. */
    CaseQueries.CaseSearch search(Set<String> overdueIds, String cursor, int limit) {
        boolean none = NO_MENTOR.equals(mentor);
        return new CaseQueries.CaseSearch(
                status,
                none ? null : mentor,
                none,
                overdue ? overdueIds : null,
                due,
                text,
                sort,
                descending,
                cursor,
                limit);
    }

    /** {@code path} with this query's filters and sort (defaults left out). */
    UriBuilder link(String path) {
        return linkSorted(path, sort, descending);
    }

    /** A column header's link: sort by {@code by}, ascending, or the other way if it is already sorted by it. */
    String sortLink(CaseQueries.SortBy by) {
        boolean desc = by == sort && !descending;
        return linkSorted(ConsolePaths.CASES, by, desc).build().toString();
    }

    /** aria-sort for a column header: ascending, descending, or none. */
    String ariaSort(CaseQueries.SortBy by) {
        return by != sort ? "none" : descending ? "descending" : "ascending";
    }

    boolean filtered() {
        return text != null || status != null || mentor != null || overdue || due;
    }

    private UriBuilder linkSorted(String path, CaseQueries.SortBy by, boolean desc) {
        UriBuilder b = UriBuilder.of(path);
        if (text != null) {
            b.queryParam("q", text);
        }
        if (status != null) {
            b.queryParam("status", status.name());
        }
        if (mentor != null) {
            b.queryParam("mentor", mentor);
        }
        if (overdue) {
            b.queryParam("overdue", "1");
        }
        if (due) {
            b.queryParam("due", "1");
        }
        if (by != CaseQueries.SortBy.NAME) {
            b.queryParam("sort", by.name());
        }
        if (desc) {
            b.queryParam("dir", "desc");
        }
        return b;
    }
}
