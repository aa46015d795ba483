package vn.donghanh.organisation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import vn.donghanh.adminunit.UnitsUnder;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Times;

/** The organisation lists the repository cannot derive: within units given as adminunit's subquery, and by ids. */
@Singleton
class OrganisationQueries {
    private final JdbcOperations jdbc;

    OrganisationQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Organisations registered in one of {@code units}, by name. */
    List<OrganisationEntity> within(UnitsUnder units) {
        return SqlLists.query(
                jdbc,
                "SELECT o.* FROM organisation o WHERE o.admin_unit_id IN (" + units.sql() + ") ORDER BY o.name",
                units.params(),
                OrganisationQueries::row);
    }

    /** The organisations with these ids, by name then id. */
    List<OrganisationEntity> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> params = new ArrayList<>(new LinkedHashSet<>(ids));
        return SqlLists.query(
                jdbc,
                "SELECT o.* FROM organisation o WHERE o.id IN (" + SqlLists.placeholders(params.size())
                        + ") ORDER BY o.name, o.id",
                params,
                OrganisationQueries::row);
    }

    private static OrganisationEntity row(ResultSet rs) throws SQLException {
        return new OrganisationEntity(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("type"),
                rs.getString("admin_unit_id"),
                rs.getString("address"),
                rs.getString("phone"),
                Times.utc(rs, "created_at").toInstant());
    }
}
