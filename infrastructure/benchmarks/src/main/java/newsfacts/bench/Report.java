package newsfacts.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Runs one benchmark class through JMH and prints its scores side by side, with the ratio to its floor. */
final class Report {
    private Report() {}

    /** {@code args} are JMH's own (e.g. {@code -f 1 -wi 2 -i 3 -p pages=...}); the class picks the benchmarks. */
    static Collection<RunResult> run(Class<?> benchmarks, String floor, String[] args) throws Exception {
        var cli = new CommandLineOptions(args);
        // a pattern on the command line narrows the run; else every benchmark of the class
        var builder = new OptionsBuilder().parent(cli);
        if (cli.getIncludes().isEmpty()) builder.include("\\b" + benchmarks.getSimpleName() + "\\.");
        var options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        double floorScore = Double.NaN;
        List<RunResult> sorted = new ArrayList<>(results);
        for (RunResult r : sorted)
            if (r.getParams().getBenchmark().endsWith("." + floor)) floorScore = r.getPrimaryResult().getScore();
        System.out.printf("%n%-40s %12s %-8s %s%n", benchmarks.getSimpleName(), "score", "unit", floor == null ? "" : "x " + floor);
        for (RunResult r : sorted) {
            var p = r.getPrimaryResult();
            String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
            System.out.printf("%-40s %12.3f %-8s %s%n", name, p.getScore(), p.getScoreUnit(),
                    Double.isNaN(floorScore) ? "" : String.format("%.1f", p.getScore() / floorScore));
        }
        return results;
    }
}
