package newsfacts.core.facts;

import newsfacts.core.model.DateMention;
import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Quantity;
import newsfacts.core.model.Role;
import newsfacts.core.nlp.Sentences;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesQuantitiesRolesTest {
    private static List<DateMention> dates(String text, String published) {
        return new DateFinder().find(text, published, Sentences.split(text));
    }

    private static String value(List<DateMention> dates, String surface) {
        return dates.stream().filter(d -> d.span().text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no date " + surface + " in " + dates)).value();
    }

    @Test void absoluteDates() {
        List<DateMention> d = dates("The deal was signed on March 5, 2023 and 12 April 2022, then on 2021-07-09, "
                + "on 25/12/2020 and in January 2019. Elections were held in 2016.", "2024-05-27");
        assertEquals("2023-03-05", value(d, "March 5, 2023"));
        assertEquals("2022-04-12", value(d, "12 April 2022"));
        assertEquals("2021-07-09", value(d, "2021-07-09"));
        assertEquals("2020-12-25", value(d, "25/12/2020"));
        assertEquals("2019-01", value(d, "January 2019"));
        assertEquals("2016", value(d, "2016"));
        assertTrue(d.stream().noneMatch(DateMention::relative));
    }

    @Test void relativeDatesResolveAgainstPublication() {
        // published on Monday 27 May 2024
        List<DateMention> d = dates("He spoke yesterday. The summit was last week. Prices rose earlier this month. "
                + "They met on Friday. Talks will resume on Wednesday. It happened last year. Sales fell Sept. 3.", "2024-05-27");
        assertEquals("2024-05-26", value(d, "yesterday"));
        assertEquals("2024-W21", value(d, "last week"));
        assertEquals("2024-05", value(d, "earlier this month"));
        assertEquals("2024-05-24", value(d, "Friday"));
        assertEquals("2024-05-29", value(d, "Wednesday"));
        assertEquals("2023", value(d, "last year"));
        assertEquals("2023-09-03", value(d, "Sept. 3"));
        assertEquals("summit", d.stream().filter(x -> x.span().text().equals("last week")).findFirst().orElseThrow().event());
    }

    @Test void aDayWithoutYearIsReadByTheWordsBeforeIt() {
        // published on Monday 27 May 2024
        String text = "The harbour closes ahead of the regatta on June 20. The mayor was told on June 10 that it would. "
                + "She said the council will vote on Wednesday. The ferry board met on Friday. Tickets sell before Tuesday's gala. "
                + "Dredging is planned for the summit on Aug. 30. Repairs stalled after the storm of Sept. 3.";
        List<DateMention> d = dates(text, "2024-05-27");
        assertEquals("2024-06-20", value(d, "June 20"), "weeks ahead, nothing saying otherwise: this year's");
        assertEquals("2023-06-10", value(d, "June 10"), "ahead of publication but told of in the past: last year's");
        assertEquals("2024-05-29", value(d, "Wednesday"), "the cue nearest the day decides: will, not said");
        assertEquals("2024-05-24", value(d, "Friday"));
        assertEquals("2024-05-28", value(d, "Tuesday"), "no cue: the nearer day, tomorrow, not last week's");
        assertEquals("2024-08-30", value(d, "Aug. 30"), "planned: to come");
        assertEquals("2023-09-03", value(d, "Sept. 3"), "months ahead with no cue: last year's");
    }

    @Test void quantities() {
        String text = "The firm paid $4.5 million for 120 acres. Inflation hit 7.2% while 3,000 workers and "
                + "two civilian casualties were reported. The fine was 250 euros, and turnout rose 5 percentage points.";
        List<Quantity> q = new QuantityFinder().find(text, Sentences.split(text), List.of());
        assertQuantity(q, Quantity.Kind.MONEY, 4.5e6, "USD");
        assertQuantity(q, Quantity.Kind.MONEY, 250, "EUR");
        assertQuantity(q, Quantity.Kind.PERCENT, 7.2, "%");
        assertQuantity(q, Quantity.Kind.PERCENT, 5, "percentage points");
        assertQuantity(q, Quantity.Kind.COUNT, 120, "acres");
        assertQuantity(q, Quantity.Kind.COUNT, 3000, "workers");
        assertQuantity(q, Quantity.Kind.COUNT, 2, "civilian casualties");
        assertTrue(q.stream().allMatch(x -> x.sentence() != null));
    }

    @Test void yearsAreNotCounts() {
        String text = "In 2019 voters rejected it.";
        assertTrue(new QuantityFinder().find(text, Sentences.split(text), List.of()).isEmpty());
    }

    private static void assertQuantity(List<Quantity> q, Quantity.Kind kind, double value, String unit) {
        assertTrue(q.stream().anyMatch(x -> x.kind() == kind && x.value() != null && Math.abs(x.value() - value) < 1e-6
                && unit.equals(x.unit())), () -> "no " + kind + " " + value + " " + unit + " in " + q);
    }

    @Test void rolesFromTitlesAndAppositions() {
        String text = "Sergey Lavrov, Russia's foreign minister, met former President Barack Obama. "
                + "Later, German Chancellor Olaf Scholz joined Maria Lopez, chief executive of Acme Industries.";
        List<Entity> people = List.of(Fixtures.entity(text, "Sergey Lavrov", EntityType.PERSON),
                Fixtures.entity(text, "Barack Obama", EntityType.PERSON),
                Fixtures.entity(text, "Olaf Scholz", EntityType.PERSON),
                Fixtures.entity(text, "Maria Lopez", EntityType.PERSON),
                Fixtures.entity(text, "Russia", EntityType.LOCATION));
        List<Role> roles = new RoleFinder().find(text, people, "2024-01-02", Sentences.split(text));
        assertRole(roles, "Sergey Lavrov", "Foreign Minister", "Russia");
        assertRole(roles, "Barack Obama", "former President", null);
        assertRole(roles, "Olaf Scholz", "Chancellor", "Germany");
        assertRole(roles, "Maria Lopez", "Chief Executive", "Acme Industries");
        assertTrue(roles.stream().allMatch(r -> r.asOf().equals("2024-01-02") && r.evidence() != null));
        assertFalse(roles.stream().anyMatch(r -> r.person().equals("Russia")));
    }

    private static void assertRole(List<Role> roles, String person, String position, String org) {
        assertTrue(roles.stream().anyMatch(r -> r.person().equals(person) && r.position().equals(position)
                && java.util.Objects.equals(org, r.organization())), () -> "no " + person + "/" + position + "/" + org + " in " + roles);
    }
}
