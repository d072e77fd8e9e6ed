package id.meritasn.succession;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.meritasn.assessment.AssessmentPeriodPublished;
import id.meritasn.shared.security.Roles;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.Fairness.Dimension;
import id.meritasn.tenancy.Tenant;
import id.meritasn.tenancy.TenantLifecycleService;
import id.meritasn.tenancy.TenantStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The fairness monitor across agencies for national oversight (KASN, BKN): each active agency's newest published
 * period, added up by gender and age band (unit and rank mean nothing across agencies), with the four-fifths flags
 * on the national totals and the number of agencies whose own figures are flagged. Aggregates only: no agency's
 * groups under the minimum size, no person, ever leaves an agency.
 */
@Service
public class NationalFairness {

    private static final List<Dimension> NATIONAL = List.of(Dimension.AGENCY, Dimension.GENDER, Dimension.AGE_BAND);

    private final TenantLifecycleService lifecycle;
    private final FairnessMonitor monitor;

    NationalFairness(TenantLifecycleService lifecycle, FairnessMonitor monitor) {
        this.lifecycle = lifecycle;
        this.monitor = monitor;
    }

    /** How many agencies flag a group at a stage. */
    public record AgencyFlags(Dimension dimension, String group, Fairness.Stage stage, int agencies) {}

    public record Report(int agencies, int agenciesWithData, List<Fairness.Group> groups, List<AgencyFlags> flagged) {}

    /**
     * The national figures of the platform's home page: agencies with a published map, employees mapped, in the pool
     * and appointed (the gender totals, which count everyone once), and the national groups the four-fifths rule
     * flags ("GENDER Perempuan: POOL").
     */
    public record Indicators(
            int agencies, int agenciesWithData, int mapped, int pool, int appointed, List<String> flaggedGroups) {}

    /** Every agency is read for a report: the home page shows one at most ten minutes old. */
    private final Cache<String, Indicators> indicators = Caffeine.newBuilder()
            .maximumSize(1)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    @PreAuthorize("hasAnyRole('" + Roles.PLATFORM_ADMIN + "', '" + Roles.NATIONAL_OVERSIGHT + "')")
    public Indicators indicators() {
        return indicators.get("national", key -> {
            Report report = report();
            List<Fairness.Group> genders = report.groups().stream()
                    .filter(g -> g.dimension() == Dimension.GENDER && !g.suppressed())
                    .toList();
            return new Indicators(
                    report.agencies(),
                    report.agenciesWithData(),
                    sum(genders, Fairness.Group::population),
                    sum(genders, Fairness.Group::pool),
                    sum(genders, Fairness.Group::appointed),
                    report.groups().stream()
                            .filter(g -> g.dimension() != Dimension.AGENCY
                                    && !g.flags().isEmpty())
                            .map(g -> g.dimension() + " " + g.group() + ": "
                                    + g.flags().stream().map(Enum::name).collect(Collectors.joining(", ")))
                            .toList());
        });
    }

    /** A publication changes the figures: the next home page reads them again. */
    @TransactionalEventListener
    void published(AssessmentPeriodPublished published) {
        indicators.invalidateAll();
    }

    /** Groups whose count is suppressed (null) add nothing. */
    private static int sum(List<Fairness.Group> groups, Function<Fairness.Group, @Nullable Integer> count) {
        return groups.stream()
                .map(count)
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .sum();
    }

    @PreAuthorize("hasAnyRole('" + Roles.PLATFORM_ADMIN + "', '" + Roles.NATIONAL_OVERSIGHT + "')")
    public Report report() {
        Map<Dimension, Map<String, Fairness.Tally>> national = new EnumMap<>(Dimension.class);
        Map<String, Integer> flags = new TreeMap<>();
        int agencies = 0;
        int withData = 0;
        String after = null;
        while (true) {
            List<Tenant> page = lifecycle.page(after, 200, TenantStatus.ACTIVE);
            for (Tenant tenant : page) {
                agencies++;
                // read as the agency's own process: what comes back is tallies, and only they are kept
                var tallies =
                        SystemActor.callForAgency(tenant.key(), () -> monitor.latestPublishedTallies(tenant.key()));
                if (tallies.isEmpty()) {
                    continue;
                }
                withData++;
                for (Dimension dimension : NATIONAL) {
                    tallies.getOrDefault(dimension, Map.of())
                            .forEach((group, tally) -> national.computeIfAbsent(dimension, d -> new TreeMap<>())
                                    .merge(group, tally, Fairness.Tally::plus));
                }
                Fairness.groups(tallies).stream()
                        .filter(g -> NATIONAL.contains(g.dimension()))
                        .forEach(g -> g.flags()
                                .forEach(stage ->
                                        flags.merge(g.dimension() + "|" + g.group() + "|" + stage, 1, Integer::sum)));
            }
            if (page.size() < 200) {
                break;
            }
            after = page.getLast().key();
        }
        List<AgencyFlags> flagged = new ArrayList<>();
        flags.forEach((k, n) -> {
            String[] parts = k.split("\\|");
            flagged.add(new AgencyFlags(Dimension.valueOf(parts[0]), parts[1], Fairness.Stage.valueOf(parts[2]), n));
        });
        return new Report(agencies, withData, Fairness.groups(national), flagged);
    }
}
