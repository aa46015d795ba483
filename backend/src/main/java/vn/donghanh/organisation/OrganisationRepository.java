package vn.donghanh.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrganisationRepository extends CrudRepository<OrganisationEntity, String> {
    @Query("""
            SELECT o.* FROM organisation o JOIN admin_unit u ON u.id = o.admin_unit_id
            WHERE u.path LIKE CONCAT(:unitPath, '%') ORDER BY o.name""")
    List<OrganisationEntity> findWithinUnit(String unitPath);

    List<OrganisationEntity> findByIdIn(Collection<String> ids);
}
