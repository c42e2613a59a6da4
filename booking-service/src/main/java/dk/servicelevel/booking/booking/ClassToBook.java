package dk.servicelevel.booking.booking;

import java.util.List;

/** What a booking reads of its class and test: the class's school, grade and pupils, and the test's grade if it exists. */
record ClassToBook(String institutionNumber, int grade, Integer testGrade, List<String> pupils) {
}
