package id.meritasn.tenancy;

/**
 * A part of the local demo's data (employees, rubrics, periods, mobility, succession, accounts), each in the feature
 * whose repositories it fills. {@link DemoSeeds} runs them in their {@code @Order}, once the demo agencies exist, and
 * only under the demo profile ({@code meritasn.tenancy.seed-demo-agencies}). Each is idempotent: a restart, or a run
 * on agencies that already have the data, changes nothing.
 */
public interface DemoSeed {

    void seed();
}
