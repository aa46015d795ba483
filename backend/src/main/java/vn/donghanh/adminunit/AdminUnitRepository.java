package vn.donghanh.adminunit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AdminUnitRepository extends CrudRepository<AdminUnitEntity, String> {
    Optional<AdminUnitEntity> findByCode(String code);

    List<AdminUnitEntity> findByPathLikeOrderByPath(String pathPrefix);

    List<AdminUnitEntity> findByParentIdOrderByName(String parentId);

    List<AdminUnitEntity> findByIdIn(Collection<String> ids);

    /** The unit and every unit above it (those whose path its path starts with). */
    @Query("SELECT u.* FROM admin_unit cu JOIN admin_unit u ON cu.path LIKE CONCAT(u.path, '%') WHERE cu.id = :unitId")
    List<AdminUnitEntity> findLineage(String unitId);
}
