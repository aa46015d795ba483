package vn.donghanh.app.person;

import android.content.Context;
import android.net.Uri;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * Where the person's data copies are kept on the phone: the app's private files, never shared
 * storage (other apps could read a drug-rehab record there). Another app sees a copy only when the
 * person opens or shares it, through {@link SavedCopyProvider} with a one-off grant; signing out
 * deletes them with the rest of the account's data.
 */
public final class SavedCopies {
    /** Only names like {@code du-lieu-cua-toi.pdf}: the provider never serves a path. */
    static final String NAME = "[a-z0-9-]+\\.(pdf|json)";

    private SavedCopies() {}

    static File dir(Context context) {
        return new File(context.getFilesDir(), "copies");
    }

    /** Writes {@code bytes} as {@code name} (replacing an older copy) and returns its content URI. */
    static Uri save(Context context, String name, byte[] bytes) throws IOException {
        File dir = dir(context);
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("cannot create " + dir);
        }
        File tmp = new File(dir, name + ".part");
        try (FileOutputStream out = new FileOutputStream(tmp)) {
            out.write(bytes);
            out.getFD().sync();
        }
        if (!tmp.renameTo(new File(dir, name))) {
            throw new IOException("cannot replace " + name);
        }
        return uri(context, name);
    }

    static Uri uri(Context context, String name) {
        return new Uri.Builder()
                .scheme("content")
                .authority(authority(context))
                .appendPath(name)
                .build();
    }

    static String authority(Context context) {
        return context.getPackageName() + ".copies";
    }

    /** Signing out or leaving scope: no copy of the person's record stays behind. */
    public static void forget(Context context) {
        File[] files = dir(context).listFiles();
        if (files == null) return;
        for (File f : files) {
            //noinspection ResultOfMethodCallIgnored
            f.delete();
        }
    }
}
