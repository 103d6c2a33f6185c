package dev.dstorekit.conformance.generate;

/**
 * The kinds of edge the createOrder cases send, one case each. Each kind varies one thing and keeps the rest
 * ordinary (short text, small numbers, catalog products, amounts that add up), so a failing case names its flaw:
 * a column shorter than maxLength fails both maxLength kinds, a length counted in UTF-16 units only the non-BMP one.
 */
public enum Edge {
    MAX_LENGTH_ASCII("maxLengthAscii",
            "every string at its maxLength (1024 where the schema sets none), in printable ASCII"),
    MAX_LENGTH_NON_BMP("maxLengthNonBmp",
            "every string at its maxLength counted in code points, of non-BMP characters (an emoji is 1 code point, "
                    + "2 UTF-16 units, 4 UTF-8 bytes) or of mixed scripts with them"),
    CONTROL_CHARACTERS("controlCharacters",
            "every string with control or invisible characters: U+0000, tab, newline, U+001F, U+007F, U+0085, "
                    + "U+2028, U+2029, U+FEFF, …"),
    INTEGER_LIMITS("integerLimits",
            "integers at their minimum and maximum: quantity × unitPrice beyond 32 bits, nested modifiers beyond 64"),
    LONG_ARRAYS("longArrays", "many lines, many modifiers per line, modifiers nested several levels deep"),
    UNKNOWN_PRODUCTS("unknownProducts", "products not in the catalog and amounts that do not add up"),
    ENUMS_AND_OPTIONAL_MEMBERS("enumsAndOptionalMembers",
            "every enum value, optional members absent and present, strings at their minLength (empty where allowed), "
                    + "date-times with fractions of a second and offsets from −12:00 to +14:00 or Z");

    private final String tag;
    private final String description;

    Edge(String tag, String description) {
        this.tag = tag;
        this.description = description;
    }

    /** A short name for messages and request ids, e.g. {@code maxLengthNonBmp}. */
    public String tag() {
        return tag;
    }

    public String description() {
        return description;
    }

    /** Whether a failing request can be rebuilt with one edge leaf at a time to find which leaf it is. */
    public boolean leafByLeaf() {
        return this != LONG_ARRAYS && this != ENUMS_AND_OPTIONAL_MEMBERS;
    }
}
