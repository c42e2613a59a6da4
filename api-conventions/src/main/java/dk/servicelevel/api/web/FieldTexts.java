package dk.servicelevel.api.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What is wrong with a field of a form, in Danish; {@code messages/f_en.properties} has it in English. */
@MessageBundle(value = "f", locale = "da")
public interface FieldTexts {

    @Message("Skal udfyldes.")
    String required();

    @Message("{#if min > 0}Mellem {min} og {max} tegn.{#else}Højst {max} tegn.{/if}")
    String length(int min, int max);

    @Message("Uden for det tilladte.")
    String outOfRange();

    @Message("Må ikke ligge i fremtiden.")
    String notInFuture();

    @Message("Må ikke ligge før «{other}».")
    String notBefore(String other);

    @Message("Skal ligge efter «{other}».")
    String after(String other);

    @Message("{code} er ikke et system i systemkataloget.")
    String unknownSystem(String code);

    @Message("Kan ikke læses; skriv dato og klokkeslæt.")
    String unreadable();

    @Message("Ugyldig værdi.")
    String invalid();

    @Message("Formularen blev afvist; se felterne herunder.")
    String refused();
}
