package se.rus.finance.export;

import org.junit.jupiter.api.Test;
import se.rus.platform.csv.CsvDialect;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SieFileTest {

    private static SieFile.Document document(List<SieFile.Verification> verifications) {
        return new SieFile.Document("RUS finance-service", "1.0.0", LocalDate.of(2025, 1, 10),
                "RUS \u2013 miljömål", 2024, Map.of("6590", "Arrangemang", "1930", "Avräkning"), verifications);
    }

    @Test
    void writesHeaderAndBalancedVerificationsInCp437() {
        SieFile.Verification ver = new SieFile.Verification(1, LocalDate.of(2024, 12, 31), "Nobel-mötet \"konferens\"",
                List.of(new SieFile.Transaction("6590", new BigDecimal("137744.00")),
                        new SieFile.Transaction("1930", new BigDecimal("-137744.00"))));
        byte[] bytes = SieFile.encode(document(List.of(ver)));
        String text = new String(bytes, SieFile.CP437);

        assertTrue(text.startsWith("#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 4\r\n"), text);
        assertTrue(text.contains("#RAR 0 20240101 20241231\r\n"), text);
        assertTrue(text.contains("#FNAMN \"RUS - miljömål\"\r\n"), text);
        assertTrue(text.contains("#VER \"A\" 1 20241231 \"Nobel-mötet \\\"konferens\\\"\"\r\n{\r\n"), text);
        assertTrue(text.contains("#TRANS 6590 {} 137744.00 20241231"), text);
        assertTrue(text.contains("#TRANS 1930 {} -137744.00 20241231"), text);
        // ö is 0x94 in CP437 (two bytes in UTF-8)
        assertArrayEquals(new byte[]{(byte) 0x94}, "ö".getBytes(SieFile.CP437));
        assertTrue(indexOf(bytes, (byte) 0x94) >= 0);
        assertEquals(-1, indexOf(bytes, "ö".getBytes(StandardCharsets.UTF_8)[0]));
    }

    @Test
    void refusesAnUnbalancedVerification() {
        SieFile.Verification ver = new SieFile.Verification(1, LocalDate.of(2024, 1, 1), "x",
                List.of(new SieFile.Transaction("6590", new BigDecimal("1.00"))));
        assertThrows(IllegalArgumentException.class, () -> SieFile.write(document(List.of(ver))));
    }

    @Test
    void mapsPostsToAccountsWithAFallback() {
        AccountMapping mapping = AccountMapping.parse("Löner, resor m.m. RUS=7210; Arrangemang=6590;", "6990");
        assertEquals("7210", mapping.accountFor("Löner, resor m.m. RUS"));
        assertEquals("6590", mapping.accountFor("Arrangemang"));
        assertEquals("6990", mapping.accountFor("Övrigt"));
        assertThrows(IllegalArgumentException.class, () -> AccountMapping.parse("Arrangemang=65x0", "6990"));
        assertThrows(IllegalArgumentException.class, () -> AccountMapping.parse("Arrangemang", "6990"));
    }

    @Test
    void csvIsSemicolonSeparatedWithDecimalCommaAndQuotingOrRfc4180OnRequest() {
        List<LedgerCsv.Line> lines = List.of(new LedgerCsv.Line(LocalDate.of(2024, 12, 31), "Projekt/insatser",
                new BigDecimal("-0.29"), "Rättelse; \"öresavrundning\"", "=SUM(A1)", "CORRECTION", null, "R-1",
                UUID.fromString("00000000-0000-0000-0000-000000000001")));
        assertEquals("Datum;Post;Belopp;Text;Motpart;Kategori;Aktivitet;Extern referens;Verifikation"
                + "\r\n2024-12-31;Projekt/insatser;-0,29;\"Rättelse; \"\"öresavrundning\"\"\";"
                + "'=SUM(A1);CORRECTION;;R-1;00000000-0000-0000-0000-000000000001\r\n",
                LedgerCsv.write(lines, CsvDialect.EXCEL_SV).text());
        assertEquals("Datum,Post,Belopp,Text,Motpart,Kategori,Aktivitet,Extern referens,Verifikation"
                + "\r\n2024-12-31,Projekt/insatser,-0.29,\"Rättelse; \"\"öresavrundning\"\"\","
                + "=SUM(A1),CORRECTION,,R-1,00000000-0000-0000-0000-000000000001\r\n",
                LedgerCsv.write(lines, CsvDialect.RFC4180).text());
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
