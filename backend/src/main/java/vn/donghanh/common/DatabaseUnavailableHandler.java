package vn.donghanh.common;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database that does not answer (stalled, restarting, unreachable, the pool exhausted by one
 * that stalled) is the service being unavailable for a moment, not a bug: the caller gets 503
 * problem+json with Retry-After, and the app retries. Every other failure of the database layer
 * stays the plain 500 it was. Micronaut Data and its transactions wrap the driver's exception in
 * several types, so one handler per type, all deciding by the cause chain.
 */
public abstract class DatabaseUnavailableHandler<E extends RuntimeException>
        implements ExceptionHandler<E, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);
    /** Seconds: a stall is noticed in about five (the pool's wait), so asking again after ten is soon enough. */
    static final int RETRY_AFTER_SECONDS = 10;

    private final ProblemResponseProcessor problems;

    DatabaseUnavailableHandler(ProblemResponseProcessor problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, E e) {
        if (!databaseUnavailable(e)) {
            LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), e);
            return problems.render(
                    request, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", ProblemMessages.UNEXPECTED, List.of());
        }
        LOG.warn(
                "Database unavailable on {} {} ({}): {}",
                request.getMethod(),
                request.getPath(),
                e.getClass().getSimpleName(),
                rootMessage(e));
        return problems.render(
                        request,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        ProblemMessages.DATABASE_UNAVAILABLE,
                        List.of())
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    }

    /**
     * Whether the cause chain shows the database not answering: the pool timing out, a
     * communications failure or closed connection (SQL state class 08, SQLRecoverableException),
     * a socket timeout or refused connection.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SocketTimeoutException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Produces
    @Singleton
    static class OnDataAccess extends DatabaseUnavailableHandler<DataAccessException> {
        OnDataAccess(ProblemResponseProcessor problems) {
            super(problems);
        }
    }

    @Produces
    @Singleton
    static class OnConnection extends DatabaseUnavailableHandler<ConnectionException> {
        OnConnection(ProblemResponseProcessor problems) {
            super(problems);
        }
    }

    @Produces
    @Singleton
    static class OnTransaction extends DatabaseUnavailableHandler<TransactionException> {
        OnTransaction(ProblemResponseProcessor problems) {
            super(problems);
        }
    }

    @Produces
    @Singleton
    static class OnJdbcConnection extends DatabaseUnavailableHandler<CannotGetJdbcConnectionException> {
        OnJdbcConnection(ProblemResponseProcessor problems) {
            super(problems);
        }
    }
}
