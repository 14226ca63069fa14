package se.rus.finance.export;

import io.smallrye.config.ConfigMapping;

/** How the SIE export names the organisation and maps budget posts to accounts; defaults in application.properties. */
@ConfigMapping(prefix = "rus.finance.sie")
public interface SieSettings {

    String companyName();

    /** post name=account pairs separated by ';' (see {@link AccountMapping}). */
    String accountMapping();

    String fallbackAccount();

    /** The account every verification balances against: where the appropriation is drawn from. */
    String counterAccount();

    String counterAccountName();
}
