package vn.donghanh.security;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/** The service's own directory: development keys are generated here at first start, never committed. */
@Singleton
public class DataDirectory {
    private final Path root;

    public DataDirectory(SecuritySettings settings) {
        this.root = Path.of(settings.getDataDir()).toAbsolutePath();
    }

    public Path keysDir() {
        return root.resolve("keys");
    }

    public Path root() {
        return root;
    }

    /** Reads a key file, creating it with {@code generator}'s output (owner-only) when absent. */
    public String readOrCreate(Path file, Supplier<String> generator) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            String value = generator.get();
            Files.writeString(file, value);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; nothing more we can do
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}
