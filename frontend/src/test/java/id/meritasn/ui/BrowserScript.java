package id.meritasn.ui;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs a playwright-core script from src/test/browser with the Node on PATH (ops/bin/env.sh puts Node 24 there). */
final class BrowserScript {

    record Result(int exitCode, String output) {
    }

    private BrowserScript() {
    }

    static Result run(String script, String baseUrl) throws Exception {
        File screenshots = new File("target/browser-screenshots");
        screenshots.mkdirs();
        Process process = new ProcessBuilder("node", "src/test/browser/" + script, baseUrl,
                new File(screenshots, script.replace(".mjs", ".png")).getPath())
                .redirectErrorStream(true)
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, "browser script timed out: " + script);
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
