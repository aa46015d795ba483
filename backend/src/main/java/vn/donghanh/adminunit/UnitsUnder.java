package vn.donghanh.adminunit;

import java.util.List;

/**
 * A subquery of the ids of the units at or below a path, for {@code … admin_unit_id IN (…)} in another feature's
 * query, so that the unit table stays adminunit's to name (as {@code casefile/CaseScope.caseIds()} does for cases).
 * Its placeholders' values are {@link #params()}.
 */
public record UnitsUnder(String sql, List<Object> params) {
    static UnitsUnder path(String pathPrefix) {
        return new UnitsUnder("SELECT au.id FROM admin_unit au WHERE au.path LIKE ?", List.of(pathPrefix + "%"));
    }
}
