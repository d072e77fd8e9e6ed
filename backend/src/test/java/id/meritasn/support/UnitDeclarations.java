package id.meritasn.support;

import java.util.List;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Declares every unit of a period complete through the API, as a tenant admin does before publishing. */
public final class UnitDeclarations {

    private UnitDeclarations() {}

    public static void declareAll(GraphQlTester admin, String periodId) {
        List<String> units = admin.document("{ unitDeclarations(periodId: " + periodId + ") { unitCode } }")
                .execute()
                .path("unitDeclarations[*].unitCode")
                .entityList(String.class)
                .get();
        admin.document("mutation($units: [String!]!) { declareUnitsComplete(input: {periodId: " + periodId
                        + ", unitCodes: $units}) { unitCodes errors { rule message } } }")
                .variable("units", units)
                .execute()
                .path("declareUnitsComplete.errors")
                .entityList(Object.class)
                .hasSize(0);
    }
}
