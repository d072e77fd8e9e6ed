package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The organisation's needs in a roadmap beyond vacancies: of two equally vacant posts the one without successors on
 * a slate ranks first, and each managerial step names the leadership training it expects, found or not in the
 * employee's training records.
 */
class RoadmapNeedsIT extends SuccessionWorld {

    static final String ROADMAP = "query($nip: String) { careerRoadmap(nip: $nip) { targets { position { code } step"
            + " needs successors training { programme onRecord evidence } } } }";

    @Test
    void a_vacant_post_without_successors_ranks_above_one_whose_slate_is_full() {
        admin().document("mutation { savePosition(input: {code: \"KABAG_HUKUM\", name: \"Kepala Bagian Hukum\", level:"
                        + " \"ADMINISTRATOR\", unitCode: \"SETDA\"}) { errors { message } } }")
                .execute()
                .path("savePosition.errors")
                .entityList(Object.class)
                .hasSize(0);
        String caseId = openCase();
        nominate("komite1", caseId, session("Sidang Komite Talenta", 2, false), A, B, C)
                .path("nominateSlate.successionCase.status")
                .entity(String.class)
                .isEqualTo("SLATE_PROPOSED");

        var roadmap = admin().document(ROADMAP).variable("nip", A).execute();
        List<String> codes = roadmap.path("careerRoadmap.targets[*].position.code")
                .entityList(String.class)
                .get();
        List<Integer> successors = roadmap.path("careerRoadmap.targets[*].successors")
                .entityList(Integer.class)
                .get();

        // both are vacant today and neither is critical; by code alone KABAG would come first
        assertThat(codes).startsWith("KABAG_HUKUM", "KABAG");
        assertThat(successors.subList(0, 2)).containsExactly(0, 3);
        roadmap.path("careerRoadmap.targets[0].needs")
                .entityList(String.class)
                .containsExactly("VACANT")
                .path("careerRoadmap.targets[1].needs")
                .entityList(String.class)
                .containsExactly("VACANT");
    }

    @Test
    void a_managerial_step_names_its_leadership_training_and_whether_it_is_on_record() {
        admin().document("mutation { addHistoryEntry(input: {nip: \"" + A + "\", kind: TRAINING, name: \"Pelatihan"
                        + " Kepemimpinan Administrator Angkatan XII\", detail: \"BPSDM Provinsi Sumatera Utara\","
                        + " date: \"2024-05-10\", number: 280}) { errors { __typename } } }")
                .execute()
                .path("addHistoryEntry.errors")
                .entityList(Object.class)
                .hasSize(0);

        admin().document(ROADMAP)
                .variable("nip", A)
                .execute()
                .path("careerRoadmap.targets[0].position.code")
                .entity(String.class)
                .isEqualTo("KABAG")
                .path("careerRoadmap.targets[0].training.programme")
                .entity(String.class)
                .isEqualTo("Pelatihan Kepemimpinan Administrator (PKA)")
                .path("careerRoadmap.targets[0].training.onRecord")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("careerRoadmap.targets[0].training.evidence")
                .entity(String.class)
                .isEqualTo("Pelatihan Kepemimpinan Administrator Angkatan XII (2024-05-10)");

        // a Pelaksana without training records: every Pengawas step expects PKP, not on record yet
        var staff = admin().document(ROADMAP).variable("nip", D).execute();
        assertThat(staff.path("careerRoadmap.targets[*].position.code")
                        .entityList(String.class)
                        .get())
                .contains("KASUBAG1", "KASUBAG2", "KASUBAG3");
        assertThat(staff.path("careerRoadmap.targets[*].training.programme")
                        .entityList(String.class)
                        .get())
                .containsOnly("Pelatihan Kepemimpinan Pengawas (PKP)");
        assertThat(staff.path("careerRoadmap.targets[*].training.onRecord")
                        .entityList(Boolean.class)
                        .get())
                .containsOnly(false);
    }
}
