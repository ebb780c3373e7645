package uk.gov.bestvalue.returns.definitions;

import java.nio.file.Path;
import java.util.List;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.returntypes.ReturnType;
import uk.gov.bestvalue.returns.returntypes.ReturnTypes;
import uk.gov.bestvalue.returns.returntypes.disposals.DisposalsReturn;
import uk.gov.bestvalue.returns.returntypes.grants.GrantsReturn;
import uk.gov.bestvalue.returns.returntypes.ledger.CapitalReceiptsReturn;
import uk.gov.bestvalue.returns.returntypes.ledger.SpendLedgerReturn;
import uk.gov.bestvalue.returns.returntypes.milestones.MilestonesReturn;
import uk.gov.bestvalue.returns.returntypes.procurement.ProcurementReturn;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;
import uk.gov.bestvalue.returns.workbook.ReadLimits;

/**
 * What reading and checking a return is built from, wired in this one place for both the Spring application
 * and the lean {@code check}: the definitions of {@code jobs/}, the return types and the opener of return files.
 *
 * @param opener opens, recognises and checks return files; files larger than its limit are rejected unread
 */
public record PipelineDefinitions(ReturnCatalog catalog, OwnersDirectory owners, RuleSettings settings,
                                  ReturnRecognizer recognizer, ReturnTypes types, ReturnReader.Opener opener) {

    /** Reads the definitions in {@code jobsDir}, or the copy in the jar when that folder is absent. */
    public static PipelineDefinitions load(Path jobsDir, long maxFileBytes) {
        return load(new JobDefinitions(jobsDir), maxFileBytes);
    }

    /** Reads the definitions in {@code jobsDir}, files to be read within these limits. */
    public static PipelineDefinitions load(Path jobsDir, ReadLimits limits) {
        return load(new JobDefinitions(jobsDir), limits);
    }

    /** Builds everything from definitions already located. */
    public static PipelineDefinitions load(JobDefinitions jobs, long maxFileBytes) {
        return load(jobs, ReadLimits.withMaxFileBytes(maxFileBytes));
    }

    /** Builds everything from definitions already located, files to be read within these limits. */
    public static PipelineDefinitions load(JobDefinitions jobs, ReadLimits limits) {
        ReturnCatalog catalog = ReturnCatalog.load(jobs);
        OwnersDirectory owners = OwnersDirectory.load(jobs);
        RuleSettings settings = RuleSettings.load(jobs);
        ReturnRecognizer recognizer = new ReturnRecognizer(catalog, owners);
        ReturnTypes types = new ReturnTypes(returnTypes(settings));
        return new PipelineDefinitions(catalog, owners, settings, recognizer, types,
                new ReturnReader.Opener(recognizer, types, settings, limits));
    }

    /** Every return type with a Java side, one per spec in {@code jobs/returns/}: a new return is added here. */
    private static List<ReturnType<?>> returnTypes(RuleSettings settings) {
        return List.of(new ProcurementReturn(), new GrantsReturn(settings), new DisposalsReturn(),
                new MilestonesReturn(settings), new SpendLedgerReturn(), new CapitalReceiptsReturn());
    }
}
