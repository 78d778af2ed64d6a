package newsfacts.local;

import newsfacts.aws.Limits;
import newsfacts.core.ArticleIds;
import newsfacts.core.Json;
import newsfacts.core.clean.CleanDir;
import newsfacts.core.clean.Cleaner;
import newsfacts.core.clean.CleaningException;
import newsfacts.core.entities.EntitiesDir;
import newsfacts.core.extract.Extractor;
import newsfacts.core.facts.StatementsDir;
import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Failure;
import newsfacts.core.model.Provenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command-line tool: {@code java -jar infrastructure/local/target/newsfacts.jar COMMAND ...}. */
public final class Main {
    private static final String USAGE = """
            usage: newsfacts COMMAND [ARGS]
              up [--data DIR] [--memory] [--s3-port N] [--dynamodb-port N] [--api-port N]
                                       start the local stack (S3 on 4566, DynamoDB on 8000, API on 3000)
              load [--count N] [--clients C]
                                       upload N articles concurrently to a fresh in-memory stack, check the API lists exactly N
              backfill PREFIX [--data DIR | --memory] [--s3-endpoint URL --dynamodb-endpoint URL]
                                       re-send the S3 events of every object under PREFIX through the functions
              redrive [--data DIR]     send the events in DIR/failed-events through the functions again
              extract FILE...          clean + extract files, no AWS at all; print the records as JSON
              clean-dir IN OUT         clean every file in IN, write OUT/<name>.json
              entities-dir IN OUT      entities of every .txt in IN, write OUT/<name>.json
              statements-dir IN OUT    statements of every .txt in IN, write OUT/<name>.json
            """;

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && List.of("help", "--help", "-h").contains(args[0])) {
            System.out.print(USAGE);
            return;
        }
        if (args.length == 0) usage("");
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int status = 0;
        try {
            switch (args[0]) {
                case "up" -> Up.run(rest); // runs until stopped
                case "load" -> status = LoadRun.main(rest);
                case "redrive" -> status = Redrive.run(rest);
                case "backfill" -> status = Backfill.run(rest);
                case "extract" -> extract(rest);
                case "clean-dir" -> CleanDir.main(twoPaths(rest));
                case "entities-dir" -> EntitiesDir.main(twoPaths(rest));
                case "statements-dir" -> StatementsDir.main(twoPaths(rest));
                default -> usage("unknown command " + args[0]);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            usage("the last option needs a value");
        } catch (IllegalArgumentException e) { // NumberFormatException among them
            usage(e.getMessage());
        } catch (IOException e) {
            fail(e);
        } catch (UncheckedIOException e) {
            fail(e.getCause());
        }
        // the emulators and client pools keep threads of their own: a finished command ends here
        System.exit(status);
    }

    private static void usage(String problem) {
        if (!problem.isEmpty()) System.err.println("newsfacts: " + problem);
        System.err.print(USAGE);
        System.exit(2);
    }

    private static void fail(IOException e) {
        System.err.println("newsfacts: " + describe(e));
        System.exit(1);
    }

    /** File errors as a sentence: the JDK's own messages are often just the path. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or folder: " + e.getMessage();
        if (e instanceof NotDirectoryException) return "not a folder: " + e.getMessage();
        if (e instanceof FileAlreadyExistsException) return "already exists (and is not a folder): " + e.getMessage();
        if (e instanceof AccessDeniedException) return "permission denied: " + e.getMessage();
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static String[] twoPaths(String[] args) {
        if (args.length != 2) usage("two folders expected, IN and OUT");
        return args;
    }

    /** The pipeline's core on local files: the records the functions would store, minus AWS. */
    static void extract(String[] files) throws Exception {
        if (files.length == 0) usage("no files given");
        Cleaner cleaner = new Cleaner();
        Extractor extractor = Extractor.load();
        List<ArticleRecord> records = new ArrayList<>();
        for (String file : files) records.add(extractFile(Path.of(file), cleaner, extractor));
        System.out.println(Json.writePretty(records.size() == 1 ? records.get(0) : records));
    }

    static ArticleRecord extractFile(Path file, Cleaner cleaner, Extractor extractor) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String key = "raw/" + file.getFileName();
        String id = ArticleIds.forRawKey(key);
        Instant now = Instant.now();
        Provenance provenance = new Provenance("local", key, null, null, null, ArticleIds.sha256Hex(bytes), bytes.length, now.toString());
        try {
            CleanedDocument doc = cleaner.clean(id, bytes, file.getFileName().toString(), provenance, now);
            // the same body limit as the extraction function; the CLI has no time budget
            CleanedDocument input = doc.withBodyLimit(Limits.DEFAULT.maxBodyChars());
            var facts = extractor.extract(input);
            if (input != doc) facts = facts.withNotExtracted("text beyond the first " + Limits.DEFAULT.maxBodyChars() + " characters");
            return new ArticleRecord(id, ArticleStatus.EXTRACTED, key, null, doc.metadata(), provenance, doc.wordCount(),
                    facts, null, now.toString());
        } catch (CleaningException e) {
            return new ArticleRecord(id, ArticleStatus.FAILED, key, null, null, provenance, 0, null,
                    new Failure(e.reason(), "clean", e.getMessage()), now.toString());
        }
    }
}
