package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing console handler checks the CSRF token first ({@link ConsoleCsrf#require}):
 * the form's field can only be read by the handler, so a handler that forgets is caught here.
 */
class ConsoleCsrfRuleTest {
    private static final Path CONSOLE = Path.of("src/main/java/vn/donghanh/console");
    private static final Pattern UNSAFE = Pattern.compile("\\n    @(Post|Put|Patch|Delete)\\b");

    @Test
    void everyUnsafeConsoleHandlerChecksTheCsrfToken() throws IOException {
        List<String> missing = new ArrayList<>();
        int handlers = 0;
        try (Stream<Path> files = Files.list(CONSOLE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = UNSAFE.matcher(source);
                while (m.find()) {
                    handlers++;
                    int open = source.indexOf('{', source.indexOf(')', source.indexOf("public", m.end())));
                    int next = nextHandler(source, m.end());
                    String body = source.substring(open, next);
                    if (!body.contains("ConsoleCsrf.require(")) {
                        missing.add(file.getFileName() + " at "
                                + source.substring(m.start(), open).trim());
                    }
                }
            }
        }
        assertTrue(handlers >= 2, "the sign-in and sign-out handlers at least: found " + handlers);
        assertEquals(List.of(), missing, "handlers that change state without ConsoleCsrf.require");
    }

    private static int nextHandler(String source, int from) {
        Matcher next = Pattern.compile("\\n    @(Get|Post|Put|Patch|Delete|Error)\\b|\\n    private ")
                .matcher(source);
        return next.find(from) ? next.start() : source.length();
    }
}
