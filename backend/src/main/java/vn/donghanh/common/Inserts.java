package vn.donghanh.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/** INSERTs guarded by a unique key, for events that must happen once however often they are noticed. */
public final class Inserts {
    private static final int DUPLICATE_KEY = 1062;

    private Inserts() {}

    /**
     * Executes the INSERT: 1 when this call inserted, 0 when the row existed. (ON DUPLICATE KEY
     * UPDATE cannot tell: Connector/J reports found rows, 1 either way.) A duplicate key fails only
     * the statement, not the transaction, on MySQL and MariaDB.
     */
    public static int insertOnce(PreparedStatement ps) throws SQLException {
        try {
            return ps.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) {
                return 0;
            }
            throw e;
        }
    }
}
