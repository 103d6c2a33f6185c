package dev.dstorekit.conformance;

/** Report entries that describe the run rather than one case (published on the engine's root). */
public final class ConformanceNotes {

    /** Key of a run note; the report lists these above the cases. */
    public static final String KEY = "conformance.note";
    /** Key of how to generate the run's requests again (the seed); the console summary ends with it. */
    public static final String REPRODUCE = "conformance.reproduce";

    private ConformanceNotes() {
    }
}
