package newsfacts.local;

import java.nio.file.Path;

/** {@code newsfacts up}: the local stack in the foreground until Ctrl-C. */
final class Up {
    private Up() {}

    static void run(String[] args) throws Exception {
        Path data = Path.of(".local-data");
        int s3Port = 4566, dynamoPort = 8000, apiPort = 3000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--memory" -> data = null;
                case "--s3-port" -> s3Port = Integer.parseInt(args[++i]);
                case "--dynamodb-port" -> dynamoPort = Integer.parseInt(args[++i]);
                case "--api-port" -> apiPort = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LocalStack stack = LocalStack.start(Path.of("template.yaml"), data, s3Port, dynamoPort);
        ApiServer api = stack.serveApi(apiPort);
        stack.watch(500);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stack.close();
            } catch (Exception ignored) {
                // exiting anyway
            }
        }));
        var c = stack.config();
        System.out.printf("""
                newsfacts local stack is up%s
                  S3 (s3proxy):        %s   bucket %s
                  DynamoDB Local:      %s   table %s
                  query API:           http://127.0.0.1:%d
                  failed events:       %s

                Try it (any region, dummy credentials):
                  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
                  aws --endpoint-url %s s3 cp events/articles/menafn-nato.txt s3://%s/raw/2024/05/menafn-nato.txt
                  curl -s 'http://127.0.0.1:%d/articles?entity=Jens%%20Stoltenberg'
                  curl -s http://127.0.0.1:%d/articles/%s

                Ctrl-C stops it.
                """, data == null ? " (in memory)" : " (data in " + data.toAbsolutePath() + ")",
                c.s3Endpoint(), c.bucket(), c.dynamoEndpoint(), c.table(), api.port(), stack.failedEventsFolder(),
                c.s3Endpoint(), c.bucket(), api.port(), api.port(), newsfacts.core.ArticleIds.forRawKey("raw/2024/05/menafn-nato.txt"));
        Thread.currentThread().join();
    }
}
