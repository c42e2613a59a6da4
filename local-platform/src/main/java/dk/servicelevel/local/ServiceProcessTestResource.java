package dk.servicelevel.local;

import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Another service of the platform, run for real as its own process ({@link ServiceProcess}). The service under test
 * reaches it through the REST client named by the {@code client} argument; arguments named {@code env.NAME} set
 * environment variables of the process.
 */
public class ServiceProcessTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String ENV_PREFIX = "env.";

    private String service;
    private String database;
    private String client;
    private Map<String, String> environment = Map.of();
    private ServiceProcess process;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
        database = initArgs.get("database");
        client = initArgs.getOrDefault("client", service);
        environment = initArgs.entrySet().stream().filter(arg -> arg.getKey().startsWith(ENV_PREFIX))
                .collect(Collectors.toMap(arg -> arg.getKey().substring(ENV_PREFIX.length()), Map.Entry::getValue));
    }

    @Override
    public Map<String, String> start() {
        process = ServiceProcess.start(service, database, environment);
        return Map.of("quarkus.rest-client." + client + ".url", process.url());
    }

    @Override
    public void stop() {
        if (process != null) {
            process.close();
        }
    }
}
