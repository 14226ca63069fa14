package se.rus.finance.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which account of the chart a budget post is booked on in the SIE export. Configured as
 * {@code "Löner, resor m.m. RUS=7210;Arrangemang=6590"}: pairs separated by ';', the last '='
 * of a pair separating post name and account, so names may contain ',' and '='. Posts not named
 * go to the fallback account.
 */
public final class AccountMapping {

    private final Map<String, String> accountByPost;
    private final String fallbackAccount;

    private AccountMapping(Map<String, String> accountByPost, String fallbackAccount) {
        this.accountByPost = accountByPost;
        this.fallbackAccount = requireAccount(fallbackAccount, "fallback");
    }

    public static AccountMapping parse(String mapping, String fallbackAccount) {
        Map<String, String> accounts = new LinkedHashMap<>();
        if (mapping != null) {
            for (String pair : mapping.split(";")) {
                if (pair.isBlank()) {
                    continue;
                }
                int split = pair.lastIndexOf('=');
                if (split <= 0) {
                    throw new IllegalArgumentException("account mapping \"" + pair + "\" is not post=account");
                }
                String post = pair.substring(0, split).trim();
                accounts.put(post, requireAccount(pair.substring(split + 1).trim(), post));
            }
        }
        return new AccountMapping(Collections.unmodifiableMap(accounts), fallbackAccount);
    }

    public String accountFor(String postName) {
        return accountByPost.getOrDefault(postName, fallbackAccount);
    }

    private static String requireAccount(String account, String of) {
        if (account == null || !account.matches("\\d{4}")) {
            throw new IllegalArgumentException("account for " + of + " must be four digits, not \"" + account + "\"");
        }
        return account;
    }
}
