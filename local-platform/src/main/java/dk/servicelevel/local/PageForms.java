package dk.servicelevel.local;

/**
 * How a service's own pages send a form: the reader's token in the service's sign-in cookie, and the anti-forgery
 * token both in the service's form cookie and in the form, as the page hands them out.
 */
public final class PageForms {

    public static final String ANTI_FORGERY_FIELD = "csrf-token";
    /** 16 bytes, base64url: the size of the tokens the services hand out. */
    public static final String ANTI_FORGERY_TOKEN = "c2VydmljZWxldmVsLWZybQ";

    private PageForms() {
    }

    public static String signInCookie(String application) {
        return "slp-token-" + application;
    }

    public static String antiForgeryCookie(String application) {
        return "slp-form-" + application;
    }
}
