package vn.donghanh.checkin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CheckinPlanRepository extends CrudRepository<CheckinPlanEntity, String> {
    List<CheckinPlanEntity> findByCaseIdOrderByEffectiveFrom(String caseId);

    List<CheckinPlanEntity> findByCaseIdInOrderByEffectiveFrom(Collection<String> caseIds);

    @Query("SELECT * FROM checkin_plan WHERE id = :id FOR UPDATE")
    Optional<CheckinPlanEntity> findByIdForUpdate(String id);
}
