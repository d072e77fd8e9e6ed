package id.meritasn.support;

import java.util.concurrent.ThreadLocalRandom;

/** Tenant keys no other test (or earlier run on an external database) has used. */
public final class UniqueKeys {

    private UniqueKeys() {}

    public static String next(String prefix) {
        StringBuilder key = new StringBuilder(prefix).append('_');
        for (int i = 0; i < 10; i++) {
            key.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return key.toString();
    }
}
