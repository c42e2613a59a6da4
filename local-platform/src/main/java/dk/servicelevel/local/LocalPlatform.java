package dk.servicelevel.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The command-line entry points that the {@code platform} script runs:
 * <pre>
 *   postgres   DATA_DIR PORT DATABASE...   run a PostgreSQL server until terminated
 *   keys       KEY_DIR                     make the signing key pair unless it is there
 *   wait-ready SECONDS URL...              wait until every URL answers 200
 *   token      KEY_DIR ISSUER ROLE [SCHOOL_ID]
 *   demo       KEY_DIR ISSUER PROGRESS_FILE NAME=URL...  load the demo month through the services' APIs, resuming
 *                                            after the requests the progress file counts
 * </pre>
 */
public final class LocalPlatform {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "postgres" -> LocalPostgres.run(Path.of(rest.get(0)), Integer.parseInt(rest.get(1)),
                    rest.subList(2, rest.size()));
            case "keys" -> SigningKeys.in(Path.of(rest.get(0))).ensureExist();
            case "wait-ready" -> ReadinessWait.until(Duration.ofSeconds(Long.parseLong(rest.get(0))),
                    rest.subList(1, rest.size()));
            case "token" -> System.out.println(token(rest));
            case "demo" -> new DemoMonth(SigningKeys.in(Path.of(rest.get(0))).ensureExist(), rest.get(1),
                    serviceUrls(rest.subList(3, rest.size())), Path.of(rest.get(2))).load();
            default -> usage();
        }
    }

    private static String token(List<String> args) {
        SigningKeys keys = SigningKeys.in(Path.of(args.get(0))).ensureExist();
        String role = args.get(2);
        String schoolId = args.size() > 3 ? args.get(3) : null;
        if (AccessTokens.SCHOOL_ROLE.equals(role) && schoolId == null) {
            throw new IllegalArgumentException("A school token needs the school's institution number");
        }
        String subject = schoolId == null ? role + "-user" : "teacher-" + schoolId;
        return AccessTokens.sign(role, subject, schoolId, args.get(1), TOKEN_LIFETIME, keys.privateKey());
    }

    private static Map<String, String> serviceUrls(List<String> pairs) {
        return pairs.stream().map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }

    private static void usage() {
        System.err.println("usage: LocalPlatform postgres|keys|wait-ready|token|demo ...");
        System.exit(2);
    }
}
