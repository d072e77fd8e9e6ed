package id.meritasn.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * The tenant changelog and the schema version it defines. The version is the number of changesets plus a hash of their
 * identities, so the registry can tell with one indexed query which schemas are behind, without starting Liquibase for
 * the schemas that are current.
 */
record TenantChangelog(String path, List<String> changeSetIds, String version) {

    static final String DEFAULT_PATH = "db/tenant-changelog.yaml";

    static TenantChangelog load(String path, ClassLoader classLoader) {
        ResourceAccessor resources = new ClassLoaderResourceAccessor(classLoader);
        try {
            List<String> ids = Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () -> {
                DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance()
                        .getParser(path, resources)
                        .parse(path, new ChangeLogParameters(), resources);
                return changeLog.getChangeSets().stream()
                        .map(ChangeSet::toString)
                        .toList();
            });
            return new TenantChangelog(path, ids, ids.size() + "-" + shortHash(ids));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the tenant changelog " + path + ": " + e.getMessage(), e);
        }
    }

    private static String shortHash(List<String> ids) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String id : ids) {
            digest.update(id.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }
}
