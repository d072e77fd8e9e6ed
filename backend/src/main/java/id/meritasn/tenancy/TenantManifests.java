package id.meritasn.tenancy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the agency manifests shipped under {@code tenants/} on the classpath; a broken manifest names its file. */
@Component
public class TenantManifests {

    static final String LOCATION = "classpath*:tenants/*.yaml";

    /** The seed agencies that come with demo employees: the ones each feature's demo seeder fills. */
    public List<TenantManifest> withDemoEmployees() {
        return load().stream().filter(m -> m.demoEmployees() > 0).toList();
    }

    public List<TenantManifest> load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<TenantManifest> manifests = new ArrayList<>();
            for (Resource resource : resources) {
                manifests.add(parse(resource));
            }
            manifests.sort(Comparator.comparing(m -> m.parent() == null ? 0 : 1)); // parents first
            return manifests;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list agency manifests at " + LOCATION, e);
        }
    }

    @SuppressWarnings("unchecked")
    static TenantManifest parse(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            String key = required(yaml, "key", resource);
            return new TenantManifest(
                    key,
                    required(yaml, "displayName", resource),
                    TenantKind.valueOf(required(yaml, "kind", resource).toUpperCase(Locale.ROOT)),
                    required(yaml, "region", resource),
                    (String) yaml.get("parent"),
                    yaml.getOrDefault("organization", key).toString(),
                    (Map<String, Object>) yaml.getOrDefault("policy", Map.of()),
                    ((Map<String, Object>) yaml.getOrDefault("demo", Map.of())).getOrDefault("employees", 0)
                                    instanceof Integer n
                            ? n
                            : 0,
                    (Map<String, Object>) yaml.getOrDefault("rubric", Map.of()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Agency manifest " + resource.getFilename() + " is invalid: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, Object> yaml, String field, Resource resource) {
        Object value = yaml.get(field);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing in " + resource.getFilename());
        }
        return value.toString();
    }
}
