package vn.donghanh.client.store;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.outbox.OutboxOperation;

/**
 * An outbox in one file (one JSON operation per line), rewritten through a temporary file and a
 * rename so a crash leaves either the old or the new queue. Fine for tests and tools and a few
 * dozen queued items; the app uses SQLite.
 */
public final class FileOutboxStore implements OutboxStore {
    private final File file;
    private final InMemoryOutboxStore cache = new InMemoryOutboxStore();

    public FileOutboxStore(File file) {
        this.file = file;
        for (OutboxOperation op : read()) {
            cache.add(op);
        }
    }

    @Override
    public synchronized void add(OutboxOperation operation) {
        cache.add(operation);
        write();
    }

    @Override
    public synchronized List<OutboxOperation> list() {
        return cache.list();
    }

    @Override
    public synchronized void update(OutboxOperation operation) {
        cache.update(operation);
        write();
    }

    @Override
    public synchronized void remove(String id) {
        cache.remove(id);
        write();
    }

    private List<OutboxOperation> read() {
        List<OutboxOperation> out = new ArrayList<>();
        if (!file.exists()) {
            return out;
        }
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(new FileInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.trim().length() > 0) {
                    out.add(OutboxOperation.fromJson(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write() {
        File tmp = new File(file.getPath() + ".tmp");
        try {
            try (FileOutputStream stream = new FileOutputStream(tmp);
                    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                for (OutboxOperation op : cache.list()) {
                    out.write(op.toJson());
                    out.write('\n');
                }
                out.flush();
                stream.getFD().sync();
            }
            if (!tmp.renameTo(file)) {
                throw new IOException("could not replace " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
