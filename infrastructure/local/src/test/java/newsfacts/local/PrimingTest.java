package newsfacts.local;

import newsfacts.aws.ArticleStore;
import newsfacts.aws.Keys;
import newsfacts.aws.ObjectStore;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cold-start priming reads are real calls that answer "not found" and change nothing. */
class PrimingTest {
    @Test
    void primingReadsNothingIntoBeingAndNeverThrows() {
        LocalStack stack = TestStack.get();
        ObjectStore objects = new ObjectStore(stack.s3(), LocalStack.BUCKET);
        objects.prime(Keys.RAW);
        new ObjectStore(stack.s3(), "no-such-bucket").prime(Keys.CLEANED); // an error answer is swallowed too
        ArticleStore articles = new ArticleStore(stack.dynamo(), LocalStack.TABLE);
        articles.prime();
        new ArticleStore(stack.dynamo(), "no-such-table").prime();

        assertTrue(objects.get(Keys.RAW + ".newsfacts-priming").isEmpty());
        assertTrue(articles.get("priming").isEmpty());
    }
}
