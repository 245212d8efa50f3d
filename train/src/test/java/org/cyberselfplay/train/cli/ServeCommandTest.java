package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.cyberselfplay.server.CyberServer;
import org.cyberselfplay.server.ServerConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
    private final HttpClient http = HttpClient.newHttpClient();

    /** Runs one command object with the CLI's writers and exit-code mapping. */
    static CliRun run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ExitCodeHandler handler = new ExitCodeHandler();
        cl.setParameterExceptionHandler(handler);
        cl.setExecutionExceptionHandler(handler);
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private int status(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void servesUntilItsLifetimeEndsThenStops() throws Exception {
        AtomicReference<String> base = new AtomicReference<>();
        AtomicReference<Integer> health = new AtomicReference<>();
        CliRun r = run(new ServeCommand(server -> {
            base.set(server.baseUrl());
            try {
                health.set(status(server.baseUrl() + "/health", null));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), "--port", "0", "--max-sessions", "3", "--session-timeout", "0.5");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(200, health.get());
        assertTrue(r.out().startsWith("Serving CyberSelfPlay on http://127.0.0.1:"), r.out());
        assertTrue(r.out().contains("max 3 sessions"), r.out());
        assertThrows(IOException.class, () -> status(base.get() + "/health", null), "stopped afterwards");
    }

    @Test
    void tokenFlagGuardsTheRoutes() {
        AtomicReference<int[]> codes = new AtomicReference<>();
        CliRun r = run(new ServeCommand(server -> {
            try {
                codes.set(new int[] {status(server.baseUrl() + "/info", null),
                    status(server.baseUrl() + "/info", "t0ken"), status(server.baseUrl() + "/health", null)});
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), "--port", "0", "--token", "t0ken");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(401, codes.get()[0]);
        assertEquals(200, codes.get()[1]);
        assertEquals(200, codes.get()[2]);
        assertTrue(r.out().contains("bearer token required"), r.out());
    }

    @Test
    void badOptionsExitTwoNamingTheProblem() {
        ServeCommand.Lifetime never = server -> {
            throw new AssertionError("must not start");
        };
        CliRun sessions = run(new ServeCommand(never), "--port", "0", "--max-sessions", "0");
        assertEquals(2, sessions.exitCode());
        assertTrue(sessions.err().contains("max sessions"), sessions.err());
        CliRun dir = run(new ServeCommand(never), "--port", "0", "--run-dir", "/no/such/dir");
        assertEquals(2, dir.exitCode());
        assertTrue(dir.err().contains("/no/such/dir"), dir.err());
        assertEquals(2, run(new ServeCommand(never), "--port", "70000").exitCode());
        assertEquals(2, run(new ServeCommand(never), "--session-timeout", "-1").exitCode());
        assertEquals(2, run(new ServeCommand(never), "--max-sessions", "many").exitCode());
    }

    @Test
    void aPortInUseExitsTwo() {
        try (CyberServer taken = CyberServer.start(ServerConfig.defaults().withPort(0))) {
            CliRun r = run(new ServeCommand(server -> {
                throw new AssertionError("must not start");
            }), "--port", String.valueOf(taken.port()));
            assertEquals(2, r.exitCode());
            assertTrue(r.err().contains("cannot start the server"), r.err());
        }
    }

    @Test
    void helpNamesTheSafetyFlags() {
        String usage = new CommandLine(new ServeCommand()).getUsageMessage();
        for (String flag : new String[] {"--host", "--port", "--max-sessions", "--session-timeout", "--token",
            "--run-dir", "CYBERSELFPLAY_TOKEN", "GenericEnvClient"}) {
            assertTrue(usage.contains(flag), flag + " in " + usage);
        }
    }
}
