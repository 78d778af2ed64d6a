package newsfacts.core.entities;

import newsfacts.core.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static newsfacts.core.model.EntityType.LOCATION;
import static newsfacts.core.model.EntityType.MISC;
import static newsfacts.core.model.EntityType.ORGANIZATION;
import static newsfacts.core.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wire conventions the rules after the tagger keep: CoNLL types and spans on invented copy. */
class MentionRulesTest {
    private static final EntityExtractor extractor = EntityExtractor.load();

    /** Every mention of {@code name} (exact span) has the type, and there is at least one. */
    private static void typed(String text, String name, EntityType type) {
        List<Mention> mentions = extractor.mentions(text).stream().filter(m -> m.text().equals(name)).toList();
        assertFalse(mentions.isEmpty(), () -> "no mention " + name + " in " + extractor.mentions(text));
        for (Mention m : mentions) assertEquals(type, m.type(), () -> name + " in " + extractor.mentions(text));
    }

    @Test
    void nationalSidesArePlacesAndFixturesNameTheVisitors() {
        String soccer = "SOCCER - NORWAY BEAT MALTA 3-0.\nOSLO 1996-09-01\nNorway beat Malta 3-0 in a World Cup qualifier on Saturday.\n";
        typed(soccer, "Norway", LOCATION);
        typed(soccer, "Malta", LOCATION);
        String schedule = "BASEBALL - MAJOR LEAGUE SCHEDULE.\nNEW YORK 1996-09-01\nSUNDAY SCHEDULE\nBOSTON AT SEATTLE\nDETROIT AT TORONTO\n";
        typed(schedule, "BOSTON", ORGANIZATION);
        typed(schedule, "SEATTLE", LOCATION);
        typed(schedule, "TORONTO", LOCATION);
        String postponed = "SOCCER - SCOTTISH RESULTS.\nGLASGOW 1996-09-01\nPostponed: Kirkwall Rovers v Dunmore, Ashgrove v Tullich.\n";
        typed(postponed, "Dunmore", ORGANIZATION);
        typed(postponed, "Tullich", ORGANIZATION);
        String club = "SOCCER - RUSSIAN LEAGUE.\nKAZAN 2024-03-02\nFans threw bottles at Dynamo Kazan players during the match on Saturday.\n";
        typed(club, "Dynamo Kazan", ORGANIZATION);
    }

    @Test
    void aPossessiveFirmKeepsItsPossessiveInFullAndShortForm() {
        String text = "Baker agrees takeover.\nCHICAGO 2024-03-02\nTindall's Bakeries Inc. agreed on Monday to be bought by a rival.\n"
                + "The offer values Tindall's at $2 billion, and Tindall's shareholders will vote on it in May.\n";
        typed(text, "Tindall's Bakeries Inc.", ORGANIZATION);
        typed(text, "Tindall's", ORGANIZATION);
    }

    @Test
    void aClubsTownInitialsArePartOfItsName() {
        String text = "SOCCER - MOLDAVIAN LEAGUE RESULTS.\nCHISINAU 2024-03-02\nResults of matches played on Saturday:\n"
                + "Vostok (T) 2 Sokolnik 1\nDinamets (B) 0 Vostok (C) 0\n";
        typed(text, "Vostok (T)", ORGANIZATION);
        typed(text, "Dinamets (B)", ORGANIZATION);
        typed(text, "Vostok (C)", ORGANIZATION);
    }

    @Test
    void scorecardsAndLineUpsNamePlayers() {
        String cricket = "CRICKET - ONE-DAY SCOREBOARD.\nLONDON 1996-09-01\nJ. Smithers c Brandt b Pattinson 44\n"
                + "K. Jowell lbw b Pattinson 12\nBowling: Pattinson 10-1-40-3, Brandt 8-0-33-1.\n";
        typed(cricket, "Pattinson", PERSON);
        typed(cricket, "Brandt", PERSON);
        String soccer = "SOCCER - LINE-UPS.\nOSLO 1996-09-01\nTeams:\nNorway - 1 - Erik Holmvik, 2 - Lars Dahlberg (14 - Per Bergvall 60th), "
                + "3 - Odd Rasmussen\nScorers: Norway - Lars Dahlberg (31st)\n";
        typed(soccer, "Erik Holmvik", PERSON);
        typed(soccer, "Per Bergvall", PERSON);
        typed(soccer, "Lars Dahlberg", PERSON);
    }

    @Test
    void nationalitiesPeoplesAndIndicesAreMisc() {
        String text = "Tajik troops and Chechen fighters met Moslem leaders and Turkish Kurds on Monday.\n"
                + "The Nikkei average fell 2 percent while the Acme composite index rose.\n";
        typed(text, "Tajik", MISC);
        typed(text, "Chechen", MISC);
        typed(text, "Moslem", MISC);
        typed(text, "Turkish Kurds", MISC);
        typed(text, "Nikkei", MISC);
    }

    @Test
    void placeNounsMakePlacesThroughoutTheDocument() {
        String text = "Troops entered the village of Kostrava on Monday.\nKostrava lies near the border, officials said.\n"
                + "Refugees fled to Vrelo province.\n";
        typed(text, "Kostrava", LOCATION);
        typed(text, "Vrelo", LOCATION);
    }

    @Test
    void aCompanyNamedInFullKeepsItsShortForm() {
        String text = "Engineer to hire 200.\nLONDON 1996-09-01\nThe engineering group Zolvex Industries Inc said on Friday it would hire "
                + "200 workers.\nZolvex said the jobs would come next year.\nAnalysts expect Zolvex to gain.\n";
        typed(text, "Zolvex", ORGANIZATION);
    }

    @Test
    void leaguesShipsAndDefinedAcronyms() {
        typed("He was the best pitcher in the National League this year.\n", "National League", MISC);
        typed("Sailors on the aircraft carrier Halvorsen were told to wait.\n", "Halvorsen", MISC);
        String text = "Delegates of the Council for Arctic Fisheries and Shipping (CAFS) met on Monday.\n"
                + "The CAFS said it would meet again.\n";
        typed(text, "Council for Arctic Fisheries and Shipping", ORGANIZATION);
        typed(text, "CAFS", ORGANIZATION);
    }

    @Test
    void aHeadlineRunOfBodyNamesAndCommonWordsIsSplit() {
        String text = "SOCCER - NORWAY OUTCLASS MALTA IN QUALIFIER.\nOSLO 1996-09-01\nNorway beat Malta 3-0 on Saturday.\n"
                + "Malta never threatened and Norway scored twice before halftime.\n";
        typed(text, "NORWAY", LOCATION);
        typed(text, "MALTA", LOCATION);
        // a first line in normal case keeps a full name the body shortens
        typed("Eda Kovacs met Angela Merkel in Berlin.\nMerkel said Germany would help.\n", "Angela Merkel", PERSON);
    }

    @Test
    void possessivesAndTrailingDaysAreNotPartOfNames() {
        String text = "She is recovering in Oslo's Northern Teaching Hospital.\nThe envoy will meet Elena Quiroga Monday.\n";
        typed(text, "Oslo", LOCATION);
        assertTrue(extractor.mentions(text).stream().anyMatch(m -> m.text().equals("Northern Teaching Hospital")));
        typed(text, "Elena Quiroga", PERSON);
        assertTrue(extractor.mentions(text).stream().noneMatch(m -> m.text().contains("Monday")));
    }

    @Test
    void aLongSentenceFirstLineIsBodyTextAndAShortOneAHeadline() {
        assertTrue(MentionFinder.sentenceFirstLine(MentionFinder.lines(
                "Pelle Norberg, the new coach of the Orvik side, said on Monday that his players would train in Lisbon.\nMore text.\n")));
        assertFalse(MentionFinder.sentenceFirstLine(MentionFinder.lines("Orvik sign striker from Lisbon.\nMore text.\n")));
        assertFalse(MentionFinder.sentenceFirstLine(MentionFinder.lines("SOCCER - ORVIK SIGN STRIKER FROM LISBON AFTER A LONG SEARCH FOR A NEW FORWARD.\nMore.\n")));
    }

    @Test
    void nationalityNounsBeyondTheListsOneFormAreMisc() {
        String text = "Two Britons and three Swedes were among the climbers rescued near the glacier on Sunday, a Pole among them.\n";
        typed(text, "Britons", MISC);
        typed(text, "Swedes", MISC);
        typed(text, "Pole", MISC);
        // a nationality word the demonym list lacks still points to its place
        List<String> names = extractor.extract("The Scottish fishing fleet and a Welsh ferry stayed in port on Monday.\n")
                .stream().map(newsfacts.core.model.Entity::name).toList();
        assertTrue(names.contains("Scotland") && names.contains("Wales"), names::toString);
    }

    @Test
    void oneWordSidesWithCountriesAndScoresAreClubs() {
        String clubs = "BASKETBALL - CUP RESULTS.\nRIGA 2024-03-02\nResults of the international club tournament on Saturday:\n"
                + "Zorvik (Latvia) 88 Halmstar (Greece) 79 (halftime 41-40)\nTelvora (Spain) 71 Brisko (Italy) 70\n";
        typed(clubs, "Zorvik", ORGANIZATION);
        typed(clubs, "Halmstar", ORGANIZATION);
        typed(clubs, "Latvia", LOCATION);
        String players = "GOLF - OPEN SCORES.\nMADRID 2024-03-02\nLeading scores:\nMarta Ruiz (Spain) 70 Eva Pons (Andorra) 72\n";
        typed(players, "Marta Ruiz", PERSON);
    }

    @Test
    void aCompanySuffixTakesTheWholeNameTheTaggerReadAsAPerson() {
        String text = "VORTANE PROFIT UP.\nSYDNEY 2024-03-02\nBrenlow Minerals Corp said on Monday its quarterly profit rose.\n"
                + "Brenlow Minerals Corp plans to open a new plant, the company said.\n";
        typed(text, "Brenlow Minerals Corp", ORGANIZATION);
    }

    @Test
    void inACricketReportACountyIsItsClub() {
        String text = "CRICKET - SUSSEX CLOSE IN ON WIN.\nHOVE, England 2024-06-02\nSussex needed 90 runs on the last day to beat Kent.\n"
                + "Kent had slipped to 140 for eight by tea.\n";
        typed(text, "SUSSEX", ORGANIZATION);
        typed(text, "Sussex", ORGANIZATION);
        typed(text, "Kent", ORGANIZATION);
    }

    @Test
    void theNameAfterACompetitorsCountryIsTheTeam() {
        String grid = "MOTOR RACING - GRAND PRIX QUALIFYING.\nMONZA, Italy 2024-06-02\nLeading qualifiers:\n"
                + "1. Tomas Kerrigan (Ireland), Vortex Ford, 1:21.402\n2. Ivo Brandl (Austria), Stellan Honda, 1:21.877\n";
        typed(grid, "Vortex Ford", ORGANIZATION);
        typed(grid, "Stellan Honda", ORGANIZATION);
        typed(grid, "Ivo Brandl", PERSON);
        String relay = "ATHLETICS - RELAY RESULTS.\nOSLO 2024-06-02\nResults:\n1. Tomas Kerrigan (Ireland), Ivo Brandl (Austria), Lena Moritz\n(Germany) 38.20\n";
        typed(relay, "Lena Moritz", PERSON);
    }

    @Test
    void aLineOfTwoNamesWithOneScoreEachIsAMatchResult() {
        String text = "SOCCER - LEAGUE RESULTS.\nLONDON 2024-03-02\nResults of matches played on Saturday:\n"
                + "Halwick Rangers 2 Darrow Bridge 0\nPelton 1 Queen of Tarnmoor 1\n";
        typed(text, "Halwick Rangers", ORGANIZATION);
        typed(text, "Darrow Bridge", ORGANIZATION);
        typed(text, "Queen of Tarnmoor", ORGANIZATION);
    }

    @Test
    void theNamesAroundAWinInASportsHeadlineAreSides() {
        String text = "BASKETBALL - BRAXTON BEAT KELTRA 90-81.\nATHENS 2024-03-02\nBraxton of Greece beat Keltra of Cyprus 90-81 on Saturday.\n";
        typed(text, "BRAXTON", ORGANIZATION);
        typed(text, "Keltra", ORGANIZATION);
        String tennis = "TENNIS - ORLOVA BEATS KASPAR.\nPARIS 2024-03-02\nMaria Orlova beat Anna Kaspar 6-3 6-2 on Saturday.\n";
        typed(tennis, "ORLOVA", PERSON);
    }

    @Test
    void aPressDigestHeadsEachPapersStoriesWithItsTitle() {
        String text = "PRESS DIGEST - Ruritania - May 3.\nSTRELSAU 2024-05-03\nThese are the leading stories in the Ruritanian press.\n"
                + "DAILY CLARION\n- The central bank cut its main rate.\nVORTA\n- Floods closed the main road to the coast.\n";
        typed(text, "DAILY CLARION", ORGANIZATION);
        typed(text, "VORTA", ORGANIZATION);
    }

    @Test
    void aNewsroomSignOffIsAnOrganisation() {
        typed("Port reopens.\nHALVIK 2024-05-03\nThe port reopened on Friday after the storm.\n-- Halvik Newsroom +47 22 00 00 00\n",
                "Halvik Newsroom", ORGANIZATION);
    }

    @Test
    void anArabicNamesLowerCaseArticleIsPartOfTheName() {
        typed("Police arrest leader.\nCAIRO 2024-05-03\nGroup leader Khaled al-Nouri told reporters on Friday that talks would go on.\n",
                "Khaled al-Nouri", PERSON);
    }

    @Test
    void inAListOfPeopleALoneSurnameIsAPerson() {
        String text = "Soccer - Rovak names squad.\nVARNA 2024-05-03\nCoach Ivo Rovak picked Petar Dimov and Stefan Kolev on Friday.\n"
                + "The team is as follows:\nMarkov, Dimov, Lincoln, Kolev, Ashford, Petrov, Yordanov.\n";
        typed(text, "Lincoln", PERSON);
        typed(text, "Ashford", PERSON);
        typed(text, "Markov", PERSON);
    }

    @Test
    void aDayOrMonthBesideAnInstitutionOrPaperIsNoPartOfIt() {
        String text = "Survey due.\nBOSTON 2024-05-03\nThe survey by the daily Morgenblatt Kurier on Monday showed the index rose in "
                + "August National Guild of Orchard Growers figures.\nThe state road agency Tuesday opened the bridge.\n";
        typed(text, "Morgenblatt Kurier", ORGANIZATION);
        typed(text, "National Guild of Orchard Growers", ORGANIZATION);
        assertTrue(extractor.mentions(text).stream().noneMatch(m -> m.text().equals("Tuesday")), () -> extractor.mentions(text).toString());
    }

    @Test
    void aSurnamesParticlesBelongToIt() {
        String text = "RUGBY UNION - BOKS WIN.\nPRETORIA 2024-05-03\nA quick penalty from Van der Berg set up the try.\n"
                + "The referee allowed Van der Berg to score.\n";
        typed(text, "Van der Berg", PERSON);
        String striker = "Dutch striker in form.\nAMSTERDAM 2024-05-03\nStriker Pieter de Haan scored twice on Sunday.\n"
                + "Coach Jan Visser said de Haan had trained hard all week.\n";
        typed(striker, "de Haan", PERSON);
        typed("Minister named.\nNAIROBI 2024-05-03\nPrime Minister Mwangi wa Kariuki named a new cabinet on Friday.\n",
                "Mwangi wa Kariuki", PERSON);
    }

    @Test
    void aNameEndingInWhatACompanyMakesIsTheCompany() {
        String text = "Shares rise.\nDHAKA 2024-05-03\nShares in Kowloon Cement rose on Monday, while Oslo-based Tarvik Communications fell.\n";
        typed(text, "Kowloon Cement", ORGANIZATION);
        typed(text, "Tarvik Communications", ORGANIZATION);
    }

    @Test
    void aRankedRowsWordsBeforeTheCountryAreTheCompetitor() {
        String text = "ATHLETICS - MEETING RESULTS.\nOSLO 2024-05-03\nWomen's 1,500 metres:\n1. Ilse Varga (Hungary) 4:05.11\n"
                + "2. Olha Sumy (Ukraine) 4:06.40\n3. Mette Odense (Denmark) 4:07.02\n4. El Idrissi Tazi (Morocco) 4:07.50\n";
        typed(text, "Olha Sumy", PERSON);
        typed(text, "Mette Odense", PERSON);
        typed(text, "El Idrissi Tazi", PERSON);
    }

    @Test
    void aMonarchsNumberIsPartOfTheNameButASpeakersIIsNot() {
        String text = "This day in history.\nOSLO 2024-05-03\n1871 - King Haakon I of Varland born.\n1905 - Varland crowned Olav IV.\n"
                + "\"I told Olav I would come,\" she said.\n";
        typed(text, "Haakon I", PERSON);
        typed(text, "Olav IV", PERSON);
        assertTrue(extractor.mentions(text).stream().noneMatch(m -> m.text().equals("Olav I") || m.text().equals("I")),
                () -> extractor.mentions(text).toString());
    }

    @Test
    void aDatelineNamingABodyThatIsNoPlaceNamesTheBody() {
        String text = "Council meets.\nUNITED NATIONS 2024-05-03\nThe Security Council met on Friday.\n";
        typed(text, "UNITED NATIONS", ORGANIZATION);
        typed("Talks resume.\nGENEVA 2024-05-03\nTalks resumed on Friday.\n", "GENEVA", LOCATION);
    }

    @Test
    void anEventsOfNameIsPartOfTheEvent() {
        String text = "DARTS - LEADERS.\nDUBLIN 2024-05-03\nScores from the World Series of Darts on Friday:\n"
                + "Ana Ruiz (Spain) 66 Eva Pons (Andorra) 68\n";
        typed(text, "World Series of Darts", MISC);
    }

    @Test
    void aResultHeadedByWhereItWasPlayedNamesThePlace() {
        String text = "CRICKET - COUNTY RESULTS.\nLONDON 2024-05-03\nResults on the final day:\nAt Taunton: Somerset beat Kent by 40 runs.\n"
                + "Scarborough: Yorkshire 290 and 129-4, Essex 215.\nScorers: Somerset 290\n";
        typed(text, "Taunton", LOCATION);
        typed(text, "Scarborough", LOCATION);
        assertTrue(extractor.mentions(text).stream().noneMatch(m -> m.text().equals("Scorers")), () -> extractor.mentions(text).toString());
    }

    @Test
    void aNameAfterTeamOrClubIsTheSideEvenReadAsAPerson() {
        String text = "SOCCER - MIDFIELDER BANNED.\nMADRID 2024-05-03\nSpanish first division team Atletico Morales will be without midfielder "
                + "Ana Ruiz for Saturday's game.\n";
        typed(text, "Atletico Morales", ORGANIZATION);
        typed(text, "Ana Ruiz", PERSON);
    }

    @Test
    void aHyphenatedSportsSlugMakesASportsReport() {
        String text = "Baseball-Results of Ruritanian league games.\nSTRELSAU 2024-05-03\nStandings after Friday's games:\nW L PCT\n"
                + "Kordaz 64 43 .596\nVelmar 60 49 .550\n";
        typed(text, "Kordaz", ORGANIZATION);
        typed(text, "Velmar", ORGANIZATION);
    }

    @Test
    void aNationalityBeforePrimeMinisterIsTheNationalityAlone() {
        String text = "Vote called.\nLONDON 2024-05-03\nBritish Prime Minister Tom Hale said on Friday he would go.\n";
        typed(text, "British", MISC);
        typed(text, "Tom Hale", PERSON);
    }
}
