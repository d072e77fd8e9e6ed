package id.meritasn.faults;

/** One fault of ops/faults: sets up what it needs, causes the fault under load, checks and reports. */
interface FaultCase {

    void run(FaultReport report) throws Exception;
}
