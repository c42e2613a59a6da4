package dk.servicelevel.api;

import java.net.URI;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * Optimistic concurrency over HTTP: a resource's version is its ETag, and a change names the version it was
 * made from in If-Match, so that concurrent writers never overwrite each other silently.
 */
public final class EntityVersion {

    private static final int PRECONDITION_REQUIRED = 428;

    private EntityVersion() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 201 Created at the location, with the resource and its version as the ETag. */
    public static <T> RestResponse<T> created(String location, T body, long version) {
        return RestResponse.ResponseBuilder.<T> created(URI.create(location)).entity(body).tag(tag(version)).build();
    }

    /** 200 OK with the resource and its version as the ETag. */
    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(tag(version)).build();
    }

    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ClientErrorException("If-Match is required: send the ETag of the version you read",
                    PRECONDITION_REQUIRED);
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match must be an ETag of this API, such as \"3\"; it was " + ifMatch);
        }
    }
}
