package vn.donghanh.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.exceptions.DataAccessException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures of the database layer are "not answering" (503) and which stay bugs (500). */
class DatabaseUnavailableHandlerTest {
    @Test
    void aDatabaseThatDoesNotAnswerIsUnavailable() {
        assertTrue(DatabaseUnavailableHandler.databaseUnavailable(new DataAccessException(
                "x",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 5000ms"))));
        assertTrue(DatabaseUnavailableHandler.databaseUnavailable(new DataAccessException(
                "x",
                new SQLException(
                        "Communications link failure", "08S01", new SocketTimeoutException("Read timed out")))));
        assertTrue(DatabaseUnavailableHandler.databaseUnavailable(
                new RuntimeException(new SocketTimeoutException("Read timed out"))));
        assertTrue(DatabaseUnavailableHandler.databaseUnavailable(new DataAccessException(
                "x", new SQLException("No operations allowed after connection closed.", "08003"))));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(DatabaseUnavailableHandler.databaseUnavailable(new DataAccessException(
                "x", new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseUnavailableHandler.databaseUnavailable(
                new DataAccessException("x", new SQLException("You have an error in your SQL syntax", "42000"))));
        assertFalse(DatabaseUnavailableHandler.databaseUnavailable(new DataAccessException("no cause")));
    }
}
