package dev.dstorekit.conformance;

/** Report entries that describe the run rather than one case (published on the engine's root). */
public final class ConformanceNotes {

    /** Key of a run note; the report lists these above the cases. */
    public static final String KEY = "conformance.note";

    private ConformanceNotes() {
    }
}
