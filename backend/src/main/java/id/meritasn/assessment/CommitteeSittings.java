package id.meritasn.assessment;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The talent committee's sessions as calibration needs them. The sessions belong to the succession feature, which
 * depends on this one; it implements this so calibration can require a session without depending back on it.
 */
public interface CommitteeSittings {

    /** The session with this id in the agency, or empty when there is none. */
    Optional<Sitting> sitting(String agency, long sessionId);

    /**
     * A session: open from the day it is held until closed; its present members by username, the quorum, and the
     * conflicts of interest each member declared (username to NIPs).
     */
    record Sitting(
            long id,
            String title,
            boolean open,
            int quorum,
            Set<String> presentMembers,
            Map<String, Set<String>> conflicts) {

        public boolean quorumMet() {
            return presentMembers.size() >= quorum;
        }

        public boolean conflicted(String username, String nip) {
            return conflicts.getOrDefault(username, Set.of()).contains(nip);
        }
    }
}
