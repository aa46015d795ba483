package vn.donghanh.app.person;

import android.content.ContentProvider;
import android.content.ContentValues;
import android.database.Cursor;
import android.database.MatrixCursor;
import android.net.Uri;
import android.os.ParcelFileDescriptor;
import android.provider.OpenableColumns;
import java.io.File;
import java.io.FileNotFoundException;
import java.util.List;

/**
 * Hands one saved copy to the PDF reader or share target the person chose, read-only, by name
 * only (no paths, so nothing else under the app's files can be reached). Not exported: other apps
 * get in only through the URI permission granted with the person's open or share intent.
 */
public final class SavedCopyProvider extends ContentProvider {
    @Override
    public boolean onCreate() {
        return true;
    }

    private File file(Uri uri) throws FileNotFoundException {
        List<String> segments = uri.getPathSegments();
        if (segments.size() != 1 || !segments.get(0).matches(SavedCopies.NAME)) {
            throw new FileNotFoundException(uri.toString());
        }
        File f = new File(SavedCopies.dir(getContext()), segments.get(0));
        if (!f.isFile()) {
            throw new FileNotFoundException(uri.toString());
        }
        return f;
    }

    @Override
    public ParcelFileDescriptor openFile(Uri uri, String mode) throws FileNotFoundException {
        if (!"r".equals(mode)) {
            throw new FileNotFoundException("read-only: " + mode);
        }
        return ParcelFileDescriptor.open(file(uri), ParcelFileDescriptor.MODE_READ_ONLY);
    }

    @Override
    public String getType(Uri uri) {
        String name = uri.getLastPathSegment();
        if (name == null) return null;
        return name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".json") ? "application/json" : null;
    }

    /** Readers ask for the name and size to show; nothing else is answered. */
    @Override
    public Cursor query(Uri uri, String[] projection, String selection, String[] args, String sortOrder) {
        File f;
        try {
            f = file(uri);
        } catch (FileNotFoundException gone) {
            return null;
        }
        String[] columns =
                projection != null ? projection : new String[] {OpenableColumns.DISPLAY_NAME, OpenableColumns.SIZE};
        MatrixCursor cursor = new MatrixCursor(columns, 1);
        Object[] row = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            row[i] = OpenableColumns.DISPLAY_NAME.equals(columns[i])
                    ? f.getName()
                    : OpenableColumns.SIZE.equals(columns[i]) ? f.length() : null;
        }
        cursor.addRow(row);
        return cursor;
    }

    @Override
    public Uri insert(Uri uri, ContentValues values) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public int delete(Uri uri, String selection, String[] args) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public int update(Uri uri, ContentValues values, String selection, String[] args) {
        throw new UnsupportedOperationException("read-only");
    }
}
