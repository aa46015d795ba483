package vn.donghanh.console;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;

/**
 * The case a record form posts to, through {@code CaseService.inScope} (the scope rule every
 * service applies): "not found" for another commune's case before any field is read. A read of its
 * own (the services' {@code inScope} runs inside their transactions), and no "viewed" audit row: the
 * record the form writes is audited by its service.
 */
@Singleton
public class RecordCases {
    private final CaseService cases;

    public RecordCases(CaseService cases) {
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public CaseEntity inScope(Caller caller, String id) {
        return cases.inScope(caller, Ids.parse("id", id));
    }
}
