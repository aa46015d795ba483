package vn.donghanh.contact;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContactLogRepository extends CrudRepository<ContactLogEntity, String> {
    List<ContactLogEntity> findByCaseIdOrderByOccurredAtDesc(String caseId);

    List<ContactLogEntity> findByIdIn(Collection<String> ids);
}
