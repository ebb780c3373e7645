package uk.gov.bestvalue.returns.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * The stages that only read the generated return, without the database: the floors (inflating it, scanning its bytes,
 * parsing it with each StAX parser), the peers (POI usermodel, fastexcel-reader) and our reader typing every cell.
 * Built alike by the benchmark and by {@link ReadStageMain}, which times one of them in a JVM of its own.
 */
final class ReadStages {

    static final String INFLATE = "inflate only";
    static final String BYTE_FLOOR = "byte floor";
    static final String PARSER_FLOOR = "parser floor: ";
    static final String POI = "peer: POI usermodel";
    static final String FASTEXCEL = "peer: fastexcel-reader";
    static final String READ = "ours, read only";

    private ReadStages() {
    }

    /**
     * Whether a stage is a floor (inflating, scanning bytes, a parser alone): what the machine can at best do, so its
     * fastest JVM is the one that counts, not its median.
     */
    static boolean isFloor(String name) {
        return name.equals(INFLATE) || name.equals(BYTE_FLOOR) || name.startsWith(PARSER_FLOOR);
    }

    /** Every reading stage over {@code file}, in the table's order; our reader maps its header by {@code spec}. */
    static List<Stage> over(Path file, ReturnSpec spec, String sheetName) {
        List<Stage> stages = new ArrayList<>(List.of(
                Stage.of(INFLATE, () -> RawReaders.inflateOnly(file, sheetName)),
                Stage.of(BYTE_FLOOR, () -> RawReaders.scanBytes(file, sheetName))));
        for (RawReaders.Parser parser : RawReaders.Parser.values()) {
            stages.add(Stage.of(PARSER_FLOOR + parser.label(), () -> RawReaders.scan(file, sheetName, parser)));
        }
        stages.addAll(List.of(
                Stage.of(POI, () -> PeerReaders.poiUsermodel(file.toFile(), sheetName)),
                Stage.of(FASTEXCEL, () -> PeerReaders.fastexcel(file.toFile(), sheetName)),
                Stage.of(READ, () -> OurReaders.readAndType(file, spec, sheetName))));
        return stages;
    }
}
