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

    @Message("Ingen skoledag")
    String noSchoolDay();

    @Message("{left} af {capacity} pladser ledige")
    String seatsLeft(long left, long capacity);

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

    @Message("Flyt til")
    String moveTo();

    @Message("Flyt")
    String move();

    @Message("Skolen har ingen bookinger endnu.")
    String noBookings();

    @Message("Ændringen blev afvist")
    String changeRefused();

    @Message("Tiden har kun {left} ledige pladser; klassen skal bruge {needed}.")
    String slotFull(long left, int needed);
}
