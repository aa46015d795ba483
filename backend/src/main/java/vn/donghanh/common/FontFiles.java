package vn.donghanh.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The TrueType fonts the PDFs embed (Liberation, from openpdf-fonts-extra), read from the class path. */
public final class FontFiles {
    private FontFiles() {}

    /** The bytes of a font resource, e.g. {@code liberation/LiberationSerif-Regular.ttf}; a missing one is a build error. */
    public static byte[] read(String resource) {
        try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "font " + resource + " is missing from the classpath (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
