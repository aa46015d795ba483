package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.donghanh.common.ApiException;
import vn.donghanh.security.Role;

/** A console form reads what an officer types and puts each problem, in their language, next to its field. */
class ConsoleFormTest {
    private static ConsoleForm form(String language, Map<String, String> values) {
        return ConsoleForm.of(HttpRequest.POST("/x", "").header("Accept-Language", language), values);
    }

    @Test
    void datesAreReadAsTypedOrAsADateInputSendsThem() {
        ConsoleForm f = form("vi", Map.of("a", "05/03/1990", "b", "1990-03-05", "c", "31/02/1990"));
        assertEquals(LocalDate.of(1990, 3, 5), f.date("a"));
        assertEquals(LocalDate.of(1990, 3, 5), f.date("b"));
        assertNull(f.date("c"));
        assertTrue(f.errors().containsKey("c"), f.errors().toString());
        assertFalse(f.errors().get("c").contains("must"), "in Vietnamese: " + f.errors());
    }

    @Test
    void aWrongChoiceOrNumberIsNamedAndBlankIsAbsent() {
        ConsoleForm f = form("en", Map.of("role", "PILOT", "n", "ba", "blank", "  "));
        assertNull(f.choice("role", Role.class));
        assertNull(f.integer("n"));
        assertNull(f.text("blank"));
        assertEquals(List.of("role", "n"), List.copyOf(f.errors().keySet()));
        assertTrue(f.errors().get("n").contains("whole number"), f.errors().toString());
    }

    @Test
    void aServicesFieldRefusalLandsNextToItsFieldAndNotFoundPropagates() {
        ConsoleForm f = form("vi", Map.of());
        Object none = f.run(() -> {
            throw ApiException.badField("nationalId", "must be 9 or 12 digits");
        });
        assertNull(none);
        assertTrue(f.errors().containsKey("nationalId"), f.errors().toString());
        ConsoleForm g = form("vi", Map.of());
        ApiException e = assertThrows(
                ApiException.class,
                () -> g.run(() -> {
                    throw ApiException.notFound();
                }));
        assertEquals(HttpStatus.NOT_FOUND, e.status());
    }

    @Test
    void aServiceIsNotCalledWhenTheFormAlreadyHasAProblem() {
        ConsoleForm f = form("vi", Map.of("d", "hôm qua"));
        f.date("d");
        assertNull(f.run(() -> {
            throw new AssertionError("the service ran with a bad form");
        }));
    }
}
