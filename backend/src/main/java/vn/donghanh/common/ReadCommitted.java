package vn.donghanh.common;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.support.DefaultTransactionDefinition;

/**
 * A transaction at READ COMMITTED, for jobs that claim rows with {@code FOR UPDATE SKIP LOCKED}
 * while requests keep writing: InnoDB then locks only the rows the claim keeps, not the rows it
 * walked past nor the index gaps around them (REPEATABLE READ's next-key locks), so writers that
 * insert into the same index do not queue behind the job. Locking reads see the latest committed
 * rows at any isolation level, so a claim is as correct here as under REPEATABLE READ.
 */
public final class ReadCommitted {
    public static final TransactionDefinition DEFINITION = definition();

    private ReadCommitted() {}

    private static TransactionDefinition definition() {
        DefaultTransactionDefinition d = new DefaultTransactionDefinition();
        d.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return d;
    }
}
