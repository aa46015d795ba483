package vn.donghanh.app.testing;

import java.util.TreeMap;
import org.robolectric.internal.dependency.DependencyResolver;
import org.robolectric.pluginapi.Sdk;
import org.robolectric.plugins.DefaultSdkProvider;
import org.robolectric.util.inject.Supersedes;

/**
 * Robolectric 4.14 treats its newest known SDK (35) as the "compile SDK" and would try to fetch
 * that jar too. Tests run offline with only the SDK 34 jar, so SDKs above 34 are dropped.
 * Registered in META-INF/services/org.robolectric.pluginapi.SdkProvider.
 */
@Supersedes(DefaultSdkProvider.class)
public final class OfflineSdkProvider extends DefaultSdkProvider {
    private static final int HIGHEST_AVAILABLE_SDK = 34;

    public OfflineSdkProvider(DependencyResolver dependencyResolver) {
        super(dependencyResolver);
    }

    @Override
    protected void populateSdks(TreeMap<Integer, Sdk> knownSdks) {
        super.populateSdks(knownSdks);
        knownSdks.tailMap(HIGHEST_AVAILABLE_SDK + 1).clear();
    }
}
