package uk.gov.bestvalue.returns.returntypes.grants;

import java.util.List;
import java.util.Locale;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;

/**
 * G4: outputs and outcomes are specified in advance, and the grant has one of the three specification
 * types: capacity building, innovative pilot or mainstream service delivery.
 */
final class G4SpecificationRule implements Rule<GrantLine> {

    /** The specification types, as compared: lower case, letters only. */
    private static final List<String> TYPES = List.of("capacitybuilding", "innovativepilot", "mainstreamservicedelivery");

    @Override
    public String id() {
        return "G4";
    }

    @Override
    public void check(GrantLine grant, RuleContext context, List<Finding> findings) {
        if (!grant.row().isYes("outputs_specified")) {
            findings.add(Finding.on(grant.row(), "outputs_specified", id(), Severity.ERROR, grant.describe()
                    + " is not recorded as having its outputs and outcomes specified" + grant.columnNote("outputs_specified")
                    + ". Agree them with the recipient, "
                    + "write them into the grant agreement, then mark Outputs Specified Y."));
        }
        String type = grant.row().text("specification_type");
        if (!isKnown(type)) {
            findings.add(Finding.on(grant.row(), "specification_type", id(), Severity.ERROR, grant.describe()
                    + (type == null || type.isBlank()
                            ? " has no specification type" + grant.columnNote("specification_type") + "."
                            : " has the specification type '" + type + "', which is not one we use.")
                    + " Enter one of: capacity building, innovative pilot, "
                    + "mainstream service delivery."));
        }
    }

    private static boolean isKnown(String type) {
        return type != null && TYPES.contains(type.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
    }
}
