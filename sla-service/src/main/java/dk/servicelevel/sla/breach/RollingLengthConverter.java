package dk.servicelevel.sla.breach;

import org.eclipse.microprofile.config.spi.Converter;

import dk.servicelevel.sla.evaluation.RollingLength;

/** Reads {@code breaches.rolling-period} as the evaluation API reads {@code rolling}. */
public class RollingLengthConverter implements Converter<RollingLength> {

    @Override
    public RollingLength convert(String value) {
        return RollingLength.parse(value);
    }
}
