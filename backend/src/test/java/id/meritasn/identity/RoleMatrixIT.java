package id.meritasn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantLifecycleService;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every GraphQL operation that exists × every role. Allowed calls get no access error; refused ones get FORBIDDEN and
 * change nothing (the registry and audit trail are compared before and after). Each new operation joins OPERATIONS.
 */
class RoleMatrixIT extends PlatformIntegrationTest {

    static final List<String> ROLES = List.of(
            "platform-admin",
            "national-oversight",
            "tenant-admin",
            "assessor",
            "talent-committee",
            "ppk",
            "employee",
            "agency-integration",
            "data-protection-officer");

    /** Roles that act for an agency get a token with the matrix agency as their organization. */
    static final Set<String> AGENCY_ROLES = Set.of(
            "tenant-admin",
            "assessor",
            "talent-committee",
            "ppk",
            "employee",
            "agency-integration",
            "data-protection-officer");

    /** Members who work with the agency's organization; the data-protection officer reads only the access record. */
    static final Set<String> WORKING_ROLES =
            Set.of("tenant-admin", "assessor", "talent-committee", "ppk", "employee", "agency-integration");

    /** People of an agency (not its machine client): who receives notifications and sets their own choices. */
    static final Set<String> PERSONS =
            Set.of("tenant-admin", "assessor", "talent-committee", "ppk", "employee", "data-protection-officer");

    /** People of an agency with a working role (Access.PEOPLE): development plans are theirs. */
    static final Set<String> PEOPLE = Set.of("tenant-admin", "assessor", "talent-committee", "ppk", "employee");

    static final String AGENCY = "matrix_agency";

    static final Set<String> ASSESSMENT_READERS = Set.of("tenant-admin", "assessor", "talent-committee", "ppk");
    static final Set<String> ASSESSMENT_ENTRY = Set.of("tenant-admin", "assessor");

    /** Roles that work with employee records (employees see only their own, in the self-service of a later issue). */
    static final Set<String> RECORD_READERS =
            Set.of("tenant-admin", "assessor", "talent-committee", "ppk", "agency-integration");

    /** Succession planning, cases, committee sessions, bench strength and the ledger. */
    static final Set<String> SUCCESSION_READERS = Set.of("tenant-admin", "talent-committee", "ppk");

    /** An operation, the roles that may call it, and a document (%s is a fresh tenant key). */
    record Operation(String name, Set<String> allowed, String document) {}

    static final List<Operation> OPERATIONS = List.of(
            new Operation("apiVersion", Set.copyOf(ROLES), "{ apiVersion }"),
            new Operation(
                    "tenants",
                    Set.of("platform-admin", "national-oversight"),
                    "{ tenants(first: 1) { edges { node { key } } } }"),
            new Operation(
                    "tenant", Set.of("platform-admin", "national-oversight"), "{ tenant(key: \"medan\") { key } }"),
            new Operation(
                    "provisionTenant",
                    Set.of("platform-admin"),
                    "mutation { provisionTenant(input: {key: \"%s\", displayName: \"Uji\", kind: KOTA, region: \"Bali\"})"
                            + " { tenant { key } } }"),
            new Operation(
                    "suspendTenant",
                    Set.of("platform-admin"),
                    "mutation { suspendTenant(input: {key: \"%s\", reason: \"uji\"}) { tenant { key } } }"),
            new Operation(
                    "resumeTenant",
                    Set.of("platform-admin"),
                    "mutation { resumeTenant(input: {key: \"%s\", reason: \"uji\"}) { tenant { key } } }"),
            new Operation(
                    "upgradeTenantSchemas",
                    Set.of("platform-admin"),
                    "mutation { upgradeTenantSchemas(input: {keys: [\"%s\"]}) { tenantsChecked } }"),
            new Operation("me", Set.copyOf(ROLES), "{ me { name roles agencies selectedAgency } }"),
            new Operation("myAgency", AGENCY_ROLES, "{ myAgency { key policies { name valueJson } } }"),
            new Operation("inbox", AGENCY_ROLES, "{ inbox { total unavailable tasks { kind count link } } }"),
            new Operation(
                    "developmentPlan",
                    Set.of("tenant-admin", "talent-committee"),
                    "{ developmentPlan(nip: \"199001012015031999\") { id } }"),
            new Operation("developmentPlansToAgree", PEOPLE, "{ developmentPlansToAgree { id } }"),
            new Operation("learningHours", ASSESSMENT_READERS, "{ learningHours(year: 2026) { unitCode hours } }"),
            new Operation(
                    "proposeDevelopmentPlan",
                    PEOPLE,
                    "mutation { proposeDevelopmentPlan(input: {nip:"
                            + " \"199001012015031999\"}) { plan { id } errors { reason } } }"),
            new Operation(
                    "agreeDevelopmentPlan",
                    PEOPLE,
                    "mutation { agreeDevelopmentPlan(input: {nip:"
                            + " \"199001012015031999\"}) { plan { id } errors { reason } } }"),
            new Operation(
                    "completeDevelopmentAction",
                    PEOPLE,
                    "mutation { completeDevelopmentAction(input: {actionId:"
                            + " \"999999\", evidence: \"Sertifikat 1\", completedOn: \"2026-11-01\"}) { plan { id } errors { reason } } }"),
            new Operation("talentPoolReview", SUCCESSION_READERS, "{ talentPoolReview { period members } }"),
            new Operation("mentorings", SUCCESSION_READERS, "{ mentorings { id } }"),
            new Operation("groupDevelopmentPlans", SUCCESSION_READERS, "{ groupDevelopmentPlans { nip } }"),
            new Operation(
                    "reviewDevelopmentPlan",
                    Set.of("talent-committee"),
                    "mutation { reviewDevelopmentPlan(input:"
                            + " {nip: \"199001012015031999\", verdict: \"ENDORSED\", note: \"Rencana sesuai jabatan target\"})"
                            + " { groupPlan { nip } errors { reason } } }"),
            new Operation("myMentorings", PEOPLE, "{ myMentorings { id } }"),
            new Operation(
                    "recordPoolReview",
                    Set.of("talent-committee"),
                    "mutation { recordPoolReview(input: {heldOn:"
                            + " \"2026-11-01\", outcome: \"Tinjauan kelompok talenta tahunan\"}) { review { id } errors { reason } } }"),
            new Operation(
                    "pairMentor",
                    Set.of("tenant-admin", "talent-committee"),
                    "mutation { pairMentor(input:"
                            + " {menteeNip: \"199001012015031999\", mentorNip: \"198001012005031001\", goal: \"Kesiapan memimpin\","
                            + " startedOn: \"2026-11-01\"}) { mentoring { id } errors { reason } } }"),
            new Operation(
                    "recordMentoringMeeting",
                    PEOPLE,
                    "mutation { recordMentoringMeeting(input: {mentoringId:"
                            + " \"999999\", heldOn: \"2026-11-01\", notes: \"Pertemuan pertama\"}) { mentoring { id } errors { reason } } }"),
            new Operation(
                    "endMentoring",
                    Set.of("tenant-admin", "talent-committee"),
                    "mutation { endMentoring(input:"
                            + " {mentoringId: \"999999\", endedOn: \"2026-11-01\"}) { mentoring { id } errors { reason } } }"),
            new Operation(
                    "notificationSettings", PERSONS, "{ notificationSettings { language kinds { kind receive } } }"),
            new Operation("myNotifications", PERSONS, "{ myNotifications { kind state } }"),
            new Operation(
                    "updateNotificationSettings",
                    PERSONS,
                    "mutation { updateNotificationSettings(input:"
                            + " {language: \"en\", muted: [\"RESULT_PUBLISHED\"]}) { settings { language } errors { field } } }"),
            new Operation(
                    "setAgencyPolicy",
                    Set.of("tenant-admin"),
                    "mutation { setAgencyPolicy(input: {name: \"matrix.%s\", valueJson: \"1\", reason: \"uji\"})"
                            + " { agency { key } errors { __typename } } }"),
            new Operation("referenceData", Set.copyOf(ROLES), "{ referenceData { golongan { code } } }"),
            new Operation("unitTree", WORKING_ROLES, "{ unitTree { code } }"),
            new Operation("positions", WORKING_ROLES, "{ positions { code } }"),
            new Operation("employee", RECORD_READERS, "{ employee(nip: \"198609262015051001\") { name } }"),
            new Operation("myProfileReads", AGENCY_ROLES, "{ myProfileReads { nip } }"),
            new Operation(
                    "profileReads", Set.of("data-protection-officer"), "{ profileReads(first: 5) { nip reader } }"),
            new Operation("employees", RECORD_READERS, "{ employees(first: 5) { edges { node { nip } } } }"),
            new Operation(
                    "saveUnit",
                    Set.of("tenant-admin"),
                    "mutation { saveUnit(input: {code: \"U%s\", name: \"Unit\"}) { unit { code } } }"),
            new Operation(
                    "savePosition",
                    Set.of("tenant-admin"),
                    "mutation { savePosition(input: {code: \"P%s\", name: \"P\", level: \"PELAKSANA\", unitCode: \"NONE\"})"
                            + " { errors { field } } }"),
            new Operation(
                    "createEmployee",
                    Set.of("tenant-admin"),
                    "mutation { createEmployee(input: {nip: \"1%s\", name: \"X\", golongan: \"III/a\", golonganTmt: \"2020-01-01\"})"
                            + " { errors { __typename } } }"),
            new Operation(
                    "updateEmployee",
                    Set.of("tenant-admin"),
                    "mutation { updateEmployee(input: {nip: \"1%s\", name: \"X\", golongan: \"III/a\", golonganTmt: \"2020-01-01\"})"
                            + " { errors { __typename } } }"),
            new Operation(
                    "startEmployeeImport",
                    Set.of("tenant-admin"),
                    "mutation { startEmployeeImport(input: {fileName: \"x%s.csv\", contentBase64: \"\"}) { errors { rule } } }"),
            new Operation("employeeImports", Set.of("tenant-admin"), "{ employeeImports { id status } }"),
            new Operation(
                    "employeeImport",
                    Set.of("tenant-admin"),
                    "{ employeeImport(id: \"00000000-0000-0000-0000-000000000000\") { status } }"),
            new Operation("assessmentPeriods", ASSESSMENT_READERS, "{ assessmentPeriods { id } }"),
            new Operation("rubric", ASSESSMENT_READERS, "{ rubric { version } }"),
            new Operation("talentMap", ASSESSMENT_READERS, "{ talentMap(periodId: 999999) { notMapped } }"),
            new Operation(
                    "assessmentCompleteness",
                    ASSESSMENT_READERS,
                    "{ assessmentCompleteness(periodId: 999999) { unitCode } }"),
            new Operation("talentHistory", ASSESSMENT_READERS, "{ talentHistory(nip: \"1\") { finalBox } }"),
            new Operation(
                    "talentResults", ASSESSMENT_READERS, "{ talentResults(periodId: 999999, nip: \"1\") { version } }"),
            new Operation(
                    "createAssessmentPeriod",
                    Set.of("tenant-admin"),
                    "mutation { createAssessmentPeriod(input: {name: \"P%s\", asOf: \"2026-12-31\"}) { period { id } errors { code message } } }"),
            new Operation(
                    "saveRubric",
                    Set.of("tenant-admin"),
                    "mutation { saveRubric(input: {effectiveFrom: \"2026-12-01\","
                            + " weights: []}) { rubric { version } } }"),
            new Operation(
                    "rubricPreview",
                    Set.of("tenant-admin"),
                    "{ rubricPreview(periodId: 999999, input:" + " {effectiveFrom: \"2026-12-01\"}) { employees } }"),
            new Operation(
                    "declareNoSanction",
                    ASSESSMENT_ENTRY,
                    "mutation { declareNoSanction(input: {periodId: 999999,"
                            + " nip: \"1\", evidence: \"x\"}) { result { version } errors { code message } } }"),
            new Operation(
                    "recordSkp",
                    ASSESSMENT_ENTRY,
                    "mutation { recordSkp(input: {periodId: 999999, nip: \"1\","
                            + " hasilKerja: SESUAI_EKSPEKTASI, perilakuKerja: SESUAI_EKSPEKTASI, evidence: \"x\"}) { result { version } errors { code message } } }"),
            new Operation(
                    "recordCompetency",
                    ASSESSMENT_ENTRY,
                    "mutation { recordCompetency(input: {periodId: 999999,"
                            + " nip: \"1\", levels: [], evidence: \"x\"}) { result { version } errors { code message } } }"),
            new Operation(
                    "recordPotential",
                    ASSESSMENT_ENTRY,
                    "mutation { recordPotential(input: {periodId: 999999,"
                            + " nip: \"1\", score: 50, evidence: \"x\"}) { result { version } errors { code message } } }"),
            new Operation(
                    "recordFieldFit",
                    ASSESSMENT_ENTRY,
                    "mutation { recordFieldFit(input: {periodId: 999999,"
                            + " nip: \"1\", fits: true, evidence: \"x\"}) { result { version } errors { code message } } }"),
            new Operation(
                    "recordFeedback",
                    Set.of("tenant-admin", "assessor", "talent-committee", "ppk", "employee"),
                    "mutation { recordFeedback(input: {periodId: 999999, nip: \"1\", score: 3}) { recorded } }"),
            // tiered assessment: tier holders are people of the agency whatever their role (a Kepala Bidang may hold
            // only the employee role); the tier itself is checked from the organisation inside
            new Operation(
                    "assessmentValidationQueue",
                    Set.of("tenant-admin", "assessor", "talent-committee", "ppk", "employee"),
                    "{ assessmentValidationQueue(periodId: 999999) { nip } }"),
            new Operation(
                    "inputValidation",
                    ASSESSMENT_READERS,
                    "{ inputValidation(periodId: 999999, nip: \"1\") { state } }"),
            new Operation(
                    "validateAssessmentInput",
                    Set.of("tenant-admin", "assessor", "talent-committee", "ppk", "employee"),
                    "mutation { validateAssessmentInput(input: {periodId: 999999, nip: \"1\", kind: \"SKP\","
                            + " approve: true}) { done } }"),
            new Operation(
                    "unitDeclarations", ASSESSMENT_READERS, "{ unitDeclarations(periodId: 999999) { unitCode } }"),
            new Operation(
                    "declareUnitsComplete",
                    Set.of("tenant-admin", "assessor", "talent-committee", "ppk", "employee"),
                    "mutation { declareUnitsComplete(input: {periodId: 999999, unitCodes: [\"X\"]}) { errors { rule } } }"),
            new Operation(
                    "excludeUnit",
                    Set.of("tenant-admin"),
                    "mutation { excludeUnit(input: {periodId: 999999,"
                            + " unitCode: \"X\", reason: \"alasan yang cukup\"}) { errors { rule } } }"),
            new Operation(
                    "myFeedbackTasks",
                    Set.of("tenant-admin", "assessor", "talent-committee", "ppk", "employee"),
                    "{ myFeedbackTasks(periodId: 999999) { nip } }"),
            new Operation(
                    "feedbackRaters", ASSESSMENT_READERS, "{ feedbackRaters(periodId: 999999, nip: \"1\") { rater } }"),
            new Operation(
                    "assignFeedbackRaters",
                    Set.of("tenant-admin"),
                    "mutation { assignFeedbackRaters(input: {periodId: 999999}) { assigned } }"),
            new Operation(
                    "addFeedbackRater",
                    Set.of("tenant-admin"),
                    "mutation { addFeedbackRater(input: {periodId: 999999,"
                            + " nip: \"1\", rater: \"2\", reason: \"alasan yang cukup\"}) { errors { rule } } }"),
            new Operation(
                    "removeFeedbackRater",
                    Set.of("tenant-admin"),
                    "mutation { removeFeedbackRater(input: {periodId:"
                            + " 999999, nip: \"1\", rater: \"2\", reason: \"alasan yang cukup\"}) { errors { rule } } }"),
            new Operation(
                    "computeAssessmentPeriod",
                    ASSESSMENT_ENTRY,
                    "mutation { computeAssessmentPeriod(input: {periodId: 999999}) { changed errors { code message } } }"),
            new Operation(
                    "startCalibration",
                    Set.of("tenant-admin", "talent-committee"),
                    "mutation { startCalibration(input: {periodId: 999999}) { period { status } errors { code message } } }"),
            new Operation(
                    "closeCalibration",
                    Set.of("tenant-admin", "talent-committee"),
                    "mutation { closeCalibration(input: {periodId: 999999}) { period { status } errors { code message } } }"),
            new Operation(
                    "publishAssessmentPeriod",
                    Set.of("tenant-admin"),
                    "mutation { publishAssessmentPeriod(input: {periodId: 999999}) { period { status } errors { code message } } }"),
            new Operation(
                    "moveToBox",
                    Set.of("talent-committee"),
                    "mutation { moveToBox(input: {periodId: 999999,"
                            + " sessionId: 999999, nip: \"1\", box: 8, reason: \"alasan yang cukup panjang sekali\"})"
                            + " { errors { rule } } }"),
            new Operation(
                    "agreeToMove",
                    Set.of("talent-committee"),
                    "mutation { agreeToMove(input: {moveId: 999999, sessionId: 999999}) { errors { rule } } }"),
            new Operation(
                    "declineMove",
                    Set.of("talent-committee"),
                    "mutation { declineMove(input: {moveId: 999999,"
                            + " sessionId: 999999, reason: \"alasan yang cukup\"}) { errors { rule } } }"),
            new Operation(
                    "calibrationBoard",
                    Set.of("tenant-admin", "talent-committee", "ppk"),
                    "{ calibrationBoard(periodId: 999999) { pending } }"),
            new Operation(
                    "communityFeedback",
                    Set.of("tenant-admin"),
                    "{ communityFeedback(periodId: 999999) { edges { node { id } } } }"),
            new Operation(
                    "submitCommunityFeedback",
                    Set.of("tenant-admin", "agency-integration"),
                    "mutation { submitCommunityFeedback(input: {periodId: 999999, nip: \"1\", verifiedNik: \"3171011501900001\","
                            + " channel: \"loket\", score: 4}) { feedback { id } errors { code message } } }"),
            new Operation(
                    "moderateCommunityFeedback",
                    Set.of("tenant-admin"),
                    "mutation { moderateCommunityFeedback(input: {id: 999999, approve: true}) { feedback { id } errors { code message } } }"),
            new Operation(
                    "startAssessmentImport",
                    ASSESSMENT_ENTRY,
                    "mutation { startAssessmentImport(input: {periodId: 999999,"
                            + " fileName: \"p%s.csv\", contentBase64: \"\"}) { errors { rule } } }"),
            new Operation("assessmentImports", ASSESSMENT_ENTRY, "{ assessmentImports { id } }"),
            new Operation(
                    "assessmentImport",
                    ASSESSMENT_ENTRY,
                    "{ assessmentImport(id: \"00000000-0000-0000-0000-000000000000\") { status } }"),
            new Operation("myTalentResult", AGENCY_ROLES, "{ myTalentResult(periodId: 999999) { finalBox } }"),
            new Operation("myMobilityProfile", Set.of("employee"), "{ myMobilityProfile { consented } }"),
            new Operation(
                    "talentIndex",
                    Set.of("national-oversight", "tenant-admin", "talent-committee"),
                    "{ talentIndex(first: 5) { edges { node { entry { nip } } } } }"),
            new Operation(
                    "mobilityRequests",
                    Set.of("national-oversight", "tenant-admin", "talent-committee", "ppk", "employee"),
                    "{ mobilityRequests(first: 5) { edges { node { id } } } }"),
            new Operation(
                    "setMobilityConsent",
                    Set.of("employee"),
                    "mutation { setMobilityConsent(input: {consent: true}) { errors { __typename } } }"),
            new Operation(
                    "saveMobilityAspirations",
                    Set.of("employee"),
                    "mutation { saveMobilityAspirations(input: {positionKinds: [\"JPT\"], regions: [\"Bali\"]}) { errors { __typename } } }"),
            new Operation(
                    "requestMobility",
                    Set.of("tenant-admin", "talent-committee"),
                    "mutation { requestMobility(input: {fromAgency: \"tidak_ada\", nip: \"198609262015051001\","
                            + " targetPositionCode: \"P%s\"}) { errors { __typename } } }"),
            new Operation(
                    "respondToMobilityRequest",
                    Set.of("employee"),
                    "mutation { respondToMobilityRequest(input:"
                            + " {requestId: \"00000000-0000-0000-0000-000000000000\", approve: true}) { errors { __typename } } }"),
            new Operation(
                    "releaseForMobility",
                    Set.of("ppk"),
                    "mutation { releaseForMobility(input:"
                            + " {requestId: \"00000000-0000-0000-0000-000000000000\", approve: false, reason: \"x\"}) { errors { __typename } } }"),
            new Operation(
                    "acceptMobility",
                    Set.of("ppk"),
                    "mutation { acceptMobility(input:"
                            + " {requestId: \"00000000-0000-0000-0000-000000000000\", approve: true}) { errors { __typename } } }"),
            new Operation(
                    "retryMobilityTransfer",
                    Set.of("tenant-admin", "ppk"),
                    "mutation { retryMobilityTransfer(input:"
                            + " {requestId: \"00000000-0000-0000-0000-000000000000\"}) { errors { __typename } } }"),
            new Operation(
                    "addHistoryEntry",
                    Set.of("tenant-admin"),
                    "mutation { addHistoryEntry(input: {nip: \"1%s\", kind: AWARD, name: \"Satyalancana\", date: \"2024-08-17\"})"
                            + " { errors { __typename } } }"),
            new Operation("targetPositions", SUCCESSION_READERS, "{ targetPositions { reasons } }"),
            new Operation("plannedMoves", SUCCESSION_READERS, "{ plannedMoves { id } }"),
            new Operation("vacancyForecast", SUCCESSION_READERS, "{ vacancyForecast { vacantNow } }"),
            new Operation("talentPool", SUCCESSION_READERS, "{ talentPool(periodId: 999999) { nip } }"),
            new Operation("successionCases", SUCCESSION_READERS, "{ successionCases { id } }"),
            new Operation("successionCase", SUCCESSION_READERS, "{ successionCase(id: 999999) { id } }"),
            new Operation(
                    "caseCandidates",
                    SUCCESSION_READERS,
                    "{ caseCandidates(caseId: 999999, rulesOn: \"2026-12-01\") { nip } }"),
            new Operation(
                    "eligibilityRules", Set.copyOf(ROLES), "{ eligibilityRules(level: \"PENGAWAS\") { condition } }"),
            new Operation(
                    "saveEligibilityRules",
                    Set.of("platform-admin"),
                    "mutation { saveEligibilityRules(input:"
                            + " {targetLevel: \"NOPE\", effectiveFrom: \"2020-01-01\", legalSource: \"x\", conditions: []})"
                            + " { errors { rule } } }"),
            new Operation(
                    "resolveEligibilityCheck",
                    Set.of("talent-committee"),
                    "mutation { resolveEligibilityCheck("
                            + "input: {caseId: 999999, sessionId: 999999, nip: \"1\", rule: EDUCATION, outcome: MET,"
                            + " reason: \"alasan yang cukup panjang sekali\"}) { errors { __typename } } }"),
            new Operation("committeeSessions", SUCCESSION_READERS, "{ committeeSessions { id } }"),
            new Operation("benchStrength", SUCCESSION_READERS, "{ benchStrength { criticalPositions } }"),
            new Operation(
                    "successionLedger",
                    SUCCESSION_READERS,
                    "{ successionLedger(first: 5) { edges { node { hash } } } }"),
            new Operation("verifySuccessionLedger", SUCCESSION_READERS, "{ verifySuccessionLedger { intact } }"),
            // another employee's roadmap: tenant admins (and the supervisor, who needs a nip claim these tokens lack)
            new Operation(
                    "careerRoadmap", Set.of("tenant-admin"), "{ careerRoadmap(nip: \"198609262015051001\") { nip } }"),
            // paperwork: the kinds and the verification are open to any signed-in role (verification is public too);
            // issuing a document takes the role checks of the data it shows
            new Operation("documentKinds", Set.copyOf(ROLES), "{ documentKinds }"),
            new Operation("verifyDocument", Set.copyOf(ROLES), "{ verifyDocument(code: \"AAAAAAAAAA\") { found } }"),
            // each kind of document takes the role checks of the data it shows
            new Operation(
                    "issueDocument TALENT_MAP_REPORT",
                    ASSESSMENT_READERS,
                    "mutation { issueDocument(input: {kind:"
                            + " \"TALENT_MAP_REPORT\", periodId: 999999}) { errors { field } } }"),
            new Operation(
                    "issueDocument TALENT_CARD",
                    ASSESSMENT_READERS,
                    "mutation { issueDocument(input: {kind:"
                            + " \"TALENT_CARD\", periodId: 999999, nip: \"1\"}) { errors { field } } }"),
            new Operation(
                    "issueDocument TALENT_MAP_MEMBERS",
                    ASSESSMENT_READERS,
                    "mutation { issueDocument(input: {kind:"
                            + " \"TALENT_MAP_MEMBERS\", periodId: 999999}) { errors { field } } }"),
            new Operation(
                    "issueDocument UNIT_COMPLETENESS",
                    ASSESSMENT_READERS,
                    "mutation { issueDocument(input: {kind:"
                            + " \"UNIT_COMPLETENESS\", periodId: 999999}) { errors { field } } }"),
            new Operation(
                    "issueDocument COMMUNITY_INPUT",
                    Set.of("tenant-admin"),
                    "mutation { issueDocument(input: {kind:"
                            + " \"COMMUNITY_INPUT\", periodId: 999999}) { errors { field } } }"),
            new Operation(
                    "issueDocument EMPLOYEES",
                    RECORD_READERS,
                    "mutation { issueDocument(input: {kind:" + " \"EMPLOYEES\"}) { errors { field } } }"),
            new Operation(
                    "issueDocument TALENT_POOL",
                    SUCCESSION_READERS,
                    "mutation { issueDocument(input: {kind:"
                            + " \"TALENT_POOL\", periodId: 999999}) { errors { field } } }"),
            new Operation(
                    "issueDocument SUCCESSION_GROUP",
                    SUCCESSION_READERS,
                    "mutation { issueDocument(input: {kind:"
                            + " \"SUCCESSION_GROUP\", caseId: 999999}) { errors { field } } }"),
            new Operation(
                    "issueDocument DECISION_DRAFT",
                    SUCCESSION_READERS,
                    "mutation { issueDocument(input: {kind:"
                            + " \"DECISION_DRAFT\", caseId: 999999}) { errors { field } } }"),
            new Operation(
                    "issueDocument ANNOUNCEMENT_NOTICE",
                    SUCCESSION_READERS,
                    "mutation { issueDocument(input: {kind:"
                            + " \"ANNOUNCEMENT_NOTICE\", caseId: 999999}) { errors { field } } }"),
            new Operation(
                    "issueDocument COMMITTEE_MINUTES",
                    SUCCESSION_READERS,
                    "mutation { issueDocument(input: {kind:"
                            + " \"COMMITTEE_MINUTES\", sessionId: 999999}) { errors { field } } }"),
            new Operation(
                    "issueDocument MOBILITY_REQUEST_LETTER",
                    Set.of("tenant-admin", "talent-committee", "ppk"),
                    "mutation { issueDocument(input: {kind:"
                            + " \"MOBILITY_REQUEST_LETTER\", requestId: \"00000000-0000-0000-0000-000000000000\""
                            + "}) { errors { field } } }"),
            new Operation(
                    "issueDocument IMPORT_ERRORS",
                    Set.of("tenant-admin", "assessor"),
                    "mutation { issueDocument(input: {kind:"
                            + " \"IMPORT_ERRORS\", requestId: \"00000000-0000-0000-0000-000000000000\""
                            + "}) { errors { field } } }"),
            new Operation(
                    "publicAnnouncements",
                    Set.copyOf(ROLES),
                    "{ publicAnnouncements(agency: \"" + AGENCY + "\") { id } }"),
            new Operation(
                    "publicAppointments",
                    Set.copyOf(ROLES),
                    "{ publicAppointments(agency: \"" + AGENCY + "\") { caseId } }"),
            new Operation("nonWorkingDays", Set.copyOf(ROLES), "{ nonWorkingDays(year: 2026) { day } }"),
            new Operation("fairness", SUCCESSION_READERS, "{ fairness(periodId: 999999) { periodId } }"),
            new Operation(
                    "nationalFairness",
                    Set.of("platform-admin", "national-oversight"),
                    "{ nationalFairness { agencies } }"),
            new Operation(
                    "saveNonWorkingDay",
                    Set.of("platform-admin"),
                    "mutation { saveNonWorkingDay(input: {day:"
                            + " \"2026-12-31\", kind: HOLIDAY, name: \"x\", source: \"y\"}) { errors { message } } }"),
            new Operation(
                    "submitObjection",
                    Set.copyOf(ROLES),
                    "mutation { submitObjection(input: {agency: \"" + AGENCY
                            + "\", announcementId: 999999, name: \"Warga\", contact: \"warga@example.id\", text: \"keberatan uji\"})"
                            + " { errors { __typename } } }"),
            new Operation(
                    "setPositionCritical",
                    Set.of("tenant-admin"),
                    "mutation { setPositionCritical(input: {positionCode: \"P%s\", critical: true}) { errors { __typename } } }"),
            new Operation(
                    "planPositionMove",
                    Set.of("tenant-admin"),
                    "mutation { planPositionMove(input: {positionCode:"
                            + " \"P%s\", leavesOn: \"2099-01-01\", reason: \"rotasi\"}) { errors { __typename } } }"),
            new Operation(
                    "openSuccessionCase",
                    Set.of("tenant-admin", "talent-committee"),
                    "mutation { openSuccessionCase(input: {positionCode: \"P%s\", periodId: 999999}) { errors { __typename } } }"),
            new Operation(
                    "createCommitteeSession",
                    Set.of("talent-committee"),
                    "mutation { createCommitteeSession(input:"
                            + " {title: \"S%s\", heldOn: \"2026-12-01\", members: [{username: \"u_talent-committee\", name: \"K\","
                            + " role: CHAIR}]}) { errors { __typename } } }"),
            new Operation(
                    "declareConflict",
                    Set.of("talent-committee"),
                    "mutation { declareConflict(input: {sessionId:"
                            + " 999999, nip: \"198609262015051001\", reason: \"kerabat\"}) { errors { __typename } } }"),
            new Operation(
                    "closeCommitteeSession",
                    Set.of("talent-committee"),
                    "mutation { closeCommitteeSession(input: {sessionId: 999999}) { errors { __typename } } }"),
            new Operation(
                    "recordMinutes",
                    Set.of("talent-committee"),
                    "mutation { recordMinutes(input: {sessionId: 999999, minutes: \"notulen\"}) { errors { __typename } } }"),
            new Operation(
                    "nominateSlate",
                    Set.of("talent-committee"),
                    "mutation { nominateSlate(input: {caseId: 999999,"
                            + " sessionId: 999999, candidates: [{nip: \"198609262015051001\", readiness: READY_NOW}]})"
                            + " { errors { __typename } } }"),
            new Operation(
                    "respondToObjection",
                    Set.of("talent-committee"),
                    "mutation { respondToObjection(input:"
                            + " {objectionId: 999999, response: \"tanggapan komite\"}) { errors { __typename } } }"),
            new Operation(
                    "decideSuccessor",
                    Set.of("ppk"),
                    "mutation { decideSuccessor(input: {caseId: 999999,"
                            + " nip: \"198609262015051001\"}) { errors { __typename } } }"),
            new Operation(
                    "correctDecision",
                    Set.of("ppk"),
                    "mutation { correctDecision(input: {caseId: 999999,"
                            + " nip: \"198609262015051001\", reason: \"koreksi keputusan\"}) { errors { __typename } } }"),
            new Operation(
                    "announceShortlist",
                    Set.of("tenant-admin", "talent-committee"),
                    "mutation { announceShortlist(input: {caseId: 999999}) { errors { __typename } } }"),
            new Operation(
                    "finalizeAppointment",
                    Set.of("ppk"),
                    "mutation { finalizeAppointment(input: {caseId: 999999}) { errors { __typename } } }"));

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    TenantLifecycleService lifecycle;

    @BeforeEach
    void matrixAgencyExists() {
        SystemActor.callAsPlatform(() -> lifecycle.find(AGENCY).isPresent()
                ? null
                : provisioning.provision(
                        new ProvisionTenantCommand(AGENCY, "Instansi Matriks", TenantKind.KOTA, "Bali", null, Map.of()),
                        "test"));
    }

    /**
     * Rows a refused call must not have written: units, the employee audit trail, community submissions, every
     * succession table a command writes (its ledger records each of them), mobility consent, aspirations and outbox,
     * mobility requests.
     */
    static final String RECORDS = "SELECT (SELECT count(*) FROM t_" + AGENCY + ".unit_kerja) + (SELECT count(*) FROM t_"
            + AGENCY + ".employee_audit) + (SELECT count(*) FROM t_" + AGENCY + ".community_feedback)"
            + " + (SELECT count(*) FROM t_" + AGENCY + ".succession_ledger) + (SELECT count(*) FROM t_" + AGENCY
            + ".planned_move) + (SELECT count(*) FROM t_" + AGENCY + ".committee_session) + (SELECT count(*) FROM t_"
            + AGENCY + ".succession_objection)"
            + " + (SELECT count(*) FROM t_" + AGENCY + ".mobility_consent_log) + (SELECT count(*) FROM t_" + AGENCY
            + ".mobility_aspiration) + (SELECT count(*) FROM t_" + AGENCY + ".mobility_outbox)"
            + " + (SELECT count(*) FROM platform.mobility_request)"
            + " + (SELECT count(*) FROM platform.notification_preference)"
            + " + (SELECT count(*) FROM t_" + AGENCY + ".development_plan)"
            + " + (SELECT count(*) FROM t_" + AGENCY + ".pool_review) + (SELECT count(*) FROM t_" + AGENCY
            + ".mentoring)";

    static String token(String role) {
        var builder = Tokens.builder("u_" + role, role);
        if (AGENCY_ROLES.contains(role)) {
            builder.claims(Map.of("organization", List.of(AGENCY)));
        }
        return builder.mint();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : OPERATIONS) {
            for (String role : ROLES) {
                cases.add(
                        Arguments.of(operation.name(), role, operation.allowed().contains(role), operation.document()));
            }
        }
        return cases.stream();
    }

    /** A new root field without a row in OPERATIONS fails here, so no operation escapes the matrix. */
    @Test
    void every_query_and_mutation_of_the_schema_is_in_the_matrix() {
        var schema = graphQlSource.schema();
        Set<String> inMatrix = new HashSet<>();
        OPERATIONS.forEach(o -> inMatrix.add(o.name().split(" ")[0]));
        List<String> missing = Stream.of(schema.getQueryType(), schema.getMutationType())
                .flatMap(type -> type.getFieldDefinitions().stream())
                .map(GraphQLFieldDefinition::getName)
                .filter(name -> !inMatrix.contains(name))
                .sorted()
                .toList();
        assertThat(missing).as("root fields with no role-matrix row").isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("matrix")
    void each_operation_admits_exactly_its_roles(String operation, String role, boolean allowed, String document) {
        String key = UniqueKeys.next("matrix");
        List<Map<String, Object>> registryBefore = jdbc.queryForList("SELECT * FROM platform.tenant ORDER BY key");
        long auditBefore = jdbc.queryForObject("SELECT count(*) FROM platform.audit_event", Long.class);
        List<Map<String, Object>> policiesBefore =
                jdbc.queryForList("SELECT * FROM t_" + AGENCY + ".tenant_policy ORDER BY name");
        long recordsBefore = jdbc.queryForObject(RECORDS, Long.class);

        var response = graphQl.mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(role))
                .build()
                .document(document.formatted(key))
                .execute();

        if (allowed) {
            response.errors()
                    .satisfy(errors -> assertThat(errors)
                            .noneMatch(e -> e.getErrorType() == ErrorType.FORBIDDEN
                                    || e.getErrorType() == ErrorType.UNAUTHORIZED));
        } else {
            response.errors()
                    .satisfy(errors ->
                            assertThat(errors).isNotEmpty().allMatch(e -> e.getErrorType() == ErrorType.FORBIDDEN));
            assertThat(jdbc.queryForList("SELECT * FROM platform.tenant ORDER BY key"))
                    .isEqualTo(registryBefore);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.audit_event", Long.class))
                    .isEqualTo(auditBefore);
            assertThat(jdbc.queryForList("SELECT * FROM t_" + AGENCY + ".tenant_policy ORDER BY name"))
                    .isEqualTo(policiesBefore);
            assertThat(jdbc.queryForObject(RECORDS, Long.class)).isEqualTo(recordsBefore);
        }
    }
}
