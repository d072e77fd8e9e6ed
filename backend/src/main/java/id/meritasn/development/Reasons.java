package id.meritasn.development;

import id.meritasn.shared.text.Text;

/**
 * A reason as stored with an action (a code and its values, separated by '|', values never containing it) and as
 * shown: a server text in both languages.
 */
final class Reasons {

    private Reasons() {}

    static String box(int box, String recommendation) {
        return "BOX|" + box + "|" + recommendation.replace('|', '/');
    }

    static String gap(PlanProposal.Gap gap) {
        return "GAP|" + gap.competency().replace('|', '/') + "|" + gap.achieved() + "|" + gap.required();
    }

    static String yearlyHours() {
        return "YEARLY_HOURS|" + DevelopmentRecords.YEARLY_JP;
    }

    static String added(String actor) {
        return "ADDED|" + actor.replace('|', '/');
    }

    static Text text(String stored) {
        String[] p = stored.split("\\|", -1);
        return switch (p[0]) {
            case "BOX" -> DevelopmentText.BOX.with("box", p[1], "recommendation", p[2]);
            case "GAP" -> DevelopmentText.GAP.with("competency", p[1], "achieved", p[2], "required", p[3]);
            case "YEARLY_HOURS" -> DevelopmentText.YEARLY_HOURS.with("required", p[1]);
            default -> DevelopmentText.ADDED.with("actor", p.length > 1 ? p[1] : "?");
        };
    }
}
