package dk.servicelevel.booking.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The school pages' texts in Danish; {@code messages/b_en.properties} has them in English. */
@MessageBundle(value = "b", locale = "da")
public interface BookingTexts {

    @Message("Nationale test – booking")
    String appTitle();

    @Message("Ledige tider")
    String navSlots();

    @Message("Skolens bookinger")
    String navBookings();

    @Message("Uge {week}, {year}: ledige tider")
    String weekTitle(int week, int year);

    @Message("Test")
    String test();

    @Message("Vis")
    String show();

    @Message("Forrige uge")
    String previousWeek();

    @Message("Næste uge")
    String nextWeek();


    @Message("{left} af {capacity} pladser ledige")
    String seatsLeft(String left, String capacity);

    @Message("Vælg en tid")
    String chooseSlot();

    @Message("Klasse")
    String schoolClass();

    @Message("Book")
    String book();

    @Message("Bookingen blev afvist")
    String refused();

    @Message("Bookingen er gemt.")
    String booked();

    @Message("Bookingen er aflyst.")
    String cancelled();

    @Message("Bookingen er flyttet.")
    String moved();

    @Message("Tid")
    String when();

    @Message("Pladser")
    String seats();

    @Message("Aflys")
    String cancel();


    @Message("Flyt")
    String move();

    @Message("Skolen har ingen bookinger endnu.")
    String noBookings();

    @Message("Ændringen blev afvist")
    String changeRefused();

    @Message("Tiden har kun {left} ledige pladser; klassen skal bruge {needed}.")
    String slotFull(long left, int needed);

    @Message("Klassen har allerede booket denne tid; bookingen står under Skolens bookinger.")
    String classAlreadyBooked();

    @Message("{pupils} af eleverne har allerede taget eller er booket til testen så mange gange, som de må tage den {term} (to gange "
            + "før 1. april, én gang efter, og én gang mere for hver registreret sygdom, med eller uden booking); deres bookinger står under "
            + "Skolens bookinger.")
    String sittingsUsed(int pupils, String term);

    @Message("Nogle elever er allerede booket til denne test så mange gange, som de må tage den i denne periode (to gange før "
            + "1. april, én gang efter, og én gang mere for hver registreret sygdom). En booking af dem bliver afvist:")
    String sittingsUsedWarning();

    @Message("{pupils} af {classSize} elever")
    String pupilsWithoutSitting(long pupils, int classSize);

    @Message("fra skoleårets start til 1. april")
    String termUntilApril();

    @Message("fra 1. april til sommerferien")
    String termFromApril();

    @Message("Vælg en tid og en klasse.")
    String chooseSlotAndClass();

    @Message("Angiv dato og klokkeslæt for den nye tid.")
    String giveNewSlot();

    @Message("Bookingen findes ikke.")
    String noSuchBooking();

    @Message("Bookingen er ændret i mellemtiden; se den igen og gentag ændringen.")
    String changedMeanwhile();

    @Message("Klassen findes ikke.")
    String notAClass();

    @Message("Klassen hører ikke til bookingens skole.")
    String classOfAnotherSchool();

    @Message("Klassen har ingen elever at booke for.")
    String classWithoutPupils();

    @Message("Eleverne skal være forskellige elever fra klassen.")
    String pupilsNotOfTheClass();

    @Message("Testen findes ikke i testkataloget.")
    String notInTheCatalogue();

    @Message("Testen er for {testGrade}. klasse; klassen går i {classGrade}. klasse.")
    String testOfAnotherGrade(int testGrade, int classGrade);

    @Message("Der er ingen tider den {day}: det er ikke en skoledag i et skoleår.")
    String noSlotsThatDay(String day);

    @Message("Der begynder ingen tid på det valgte tidspunkt.")
    String notASlot();

    @Message("Tiden er begyndt; vælg en tid, der ligger forude.")
    String slotBegun();

    @Message("Den bookede tid er begyndt; bookingen kan ikke længere ændres.")
    String bookedSlotBegun();

    @Message("Bookingen er allerede aflyst.")
    String bookingCancelled();

    @Message("Gå til uge med dato")
    String jumpTo();

    @Message("{#when state}{#is 'FULL'}Optaget: ingen ledige pladser{#is 'BEGUN'}Begyndt: kan ikke bookes{#else}Ledig{/when}")
    String slotState(String state);

    @Message("{#if count == 1}Jeres booking{#else}Jeres bookinger{/if}")
    String oursInSlot(int count);

    @Message("{#when reason}{#is 'WEEKEND'}Weekend: ingen tider{#is 'PUBLIC_HOLIDAY'}Helligdag: ingen tider{#is 'CLOSED_DAY'}Skolefri dag: ingen tider{#is 'OUTSIDE_THE_SCHOOL_YEAR'}Uden for skoleåret (sommerferie): ingen tider{#else}Ingen skoledag{/when}")
    String dayOff(String reason);

    @Message("{className} har allerede en booking til testen: {when}. Skal klassen bookes en gang til?")
    String bookedBefore(String className, String when);

    @Message("Ja, book igen")
    String bookAgain();

    @Message("Skolen har ingen klasse på det klassetrin, testen er til. Vælg testen til jeres klassers klassetrin ovenfor.")
    String noClassOfTheGrade();

    @Message("{className} har allerede en booking til testen: {when}. Alle klassens elever har taget eller er booket til testen så "
            + "mange gange, som de må i denne periode, så en booking mere ville blive afvist. Flyt den booking, klassen har, "
            + "hvis tiden skal ændres.")
    String bookedBeforeNoSittings(String className, String when);

    @Message("Nej, behold den ene")
    String keepOne();

    @Message("Aflys booking")
    String cancelTitle();

    @Message("Aflys bookingen af {className} til {test} {when} ({seats} pladser)? Pladserne gives fri til andre skoler.")
    String cancelQuestion(String className, String test, String when, int seats);

    @Message("Ja, aflys bookingen")
    String cancelConfirm();

    @Message("Nej, behold den")
    String cancelKeep();

    @Message("Vælg en ny tid til {className}s booking af {test}, nu {when}.")
    String movingTo(String className, String test, String when);

    @Message("Flyt bookingen hertil")
    String moveHere();

    /** A test as the school reads it: subject, grade and the catalogue's code. */
    @Message("{subject}, {grade}. klasse ({code})")
    String testName(String subject, int grade, String code);

    @Message("Testplanen lægger testen fra {from} til {to}.")
    String testWindow(String from, String to);

    @Message("Gå til testens første uge")
    String toTestWindow();
}
