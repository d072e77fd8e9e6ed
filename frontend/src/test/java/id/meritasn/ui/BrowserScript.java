package id.meritasn.ui;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a playwright-core script from src/test/browser with the Node on PATH (ops/bin/env.sh puts Node 24 there).
 * The last argument the script gets is a screenshot path under target/browser-screenshots.
 */
public final class BrowserScript {

    public record Result(int exitCode, String output) {}

    private BrowserScript() {}

    public static Result run(String script, String... args) throws Exception {
        File screenshots = new File("target/browser-screenshots");
        screenshots.mkdirs();
        List<String> command = new ArrayList<>(List.of("node", "src/test/browser/" + script));
        command.addAll(List.of(args));
        command.add(new File(
                        screenshots,
                        script.replace(".mjs", "") + "-"
                                + String.join("-", args).replaceAll("[^a-zA-Z0-9.-]", "_") + ".png")
                .getPath());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, "browser script timed out: " + script);
        }
        return new Result(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
