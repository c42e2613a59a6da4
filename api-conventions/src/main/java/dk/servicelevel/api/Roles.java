package dk.servicelevel.api;

/** The roles of the platform's bearer tokens (docs/architecture.md, "API conventions"). */
public final class Roles {

    /** A school's staff: sees and changes only its own school's data, named by the {@link #SCHOOL_ID_CLAIM}. */
    public static final String SCHOOL = "school";
    public static final String VENDOR_OPS = "vendor-ops";
    /** The contract owner: reads only. */
    public static final String MINISTRY = "ministry";
    public static final String ADMIN = "admin";

    public static final String SCHOOL_ID_CLAIM = "schoolId";

    private Roles() {
    }
}
