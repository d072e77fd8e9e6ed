package id.meritasn.development;

import id.meritasn.shared.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The talent pool over time, its flags for the committee, its recorded reviews, and mentoring of its members. */
public final class PoolRecords {

    /** Who entered, stayed in and left the pool from one published period to the next. */
    public record PoolMovement(
            String fromPeriod, String toPeriod, List<String> entered, List<String> stayed, List<PoolLeaver> left) {}

    public record PoolLeaver(String nip, String name, Text reason) {}

    /** RETIRING, EVIDENCE_EXPIRING or MOBILITY_RISK, about one member, with what the data says. */
    public record PoolFlag(String kind, String nip, String name, Text detail) {}

    /** A target position whose current slate names no successor ready now (impact of loss). */
    public record PositionWithoutReadySuccessor(String code, String name, int successors) {}

    public record RecordedReview(
            long id,
            String period,
            LocalDate heldOn,
            String outcome,
            int members,
            Map<String, Integer> flags,
            String reviewedBy) {}

    /** The newest published period's pool, how it moved across periods, its flags and the reviews held. */
    public record PoolReview(
            @Nullable String period,
            int members,
            List<PoolMovement> movements,
            List<PoolFlag> flags,
            List<PositionWithoutReadySuccessor> withoutReadySuccessor,
            List<RecordedReview> reviews) {}

    /** The newest pool's flags by kind and whether the committee recorded a review of it: what the inbox says. */
    public record PoolSummary(@Nullable String period, boolean reviewed, Map<String, Integer> flags) {}

    public record Meeting(long id, LocalDate heldOn, String notes, String recordedBy) {}

    public record Mentoring(
            long id,
            String menteeNip,
            String menteeName,
            String mentorNip,
            String mentorName,
            String goal,
            LocalDate startedOn,
            @Nullable LocalDate endedOn,
            List<Meeting> meetings) {}

    private PoolRecords() {}
}
