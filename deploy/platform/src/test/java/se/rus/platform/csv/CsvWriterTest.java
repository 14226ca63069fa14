package se.rus.platform.csv;

import org.junit.jupiter.api.Test;
import se.rus.platform.web.ProblemException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvWriterTest {

    private static CsvWriter sample(CsvDialect dialect) {
        return new CsvWriter(dialect, List.of("Län", "Belopp", "Text", "Datum", "Tom"))
                .row("Skåne län", new BigDecimal("-1234.50"), "a;b, \"c\"\nd", LocalDate.of(2024, 12, 31), null)
                .row("=SUMMA(A1)", 2.5, "-5 grader", true, 7);
    }

    @Test
    void excelSvHasSemicolonsDecimalCommaABomAndDefusedFormulas() {
        CsvWriter csv = sample(CsvDialect.EXCEL_SV);
        assertEquals("Län;Belopp;Text;Datum;Tom\r\n"
                + "Skåne län;-1234,50;\"a;b, \"\"c\"\"\nd\";2024-12-31;\r\n"
                + "'=SUMMA(A1);2,5;'-5 grader;true;7\r\n", csv.text());
        byte[] bytes = csv.bytes();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals(csv.text(), new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void rfc4180HasCommasDecimalPointNoBomAndTextAsItIs() {
        CsvWriter csv = sample(CsvDialect.RFC4180);
        assertEquals("Län,Belopp,Text,Datum,Tom\r\n"
                + "Skåne län,-1234.50,\"a;b, \"\"c\"\"\nd\",2024-12-31,\r\n"
                + "=SUMMA(A1),2.5,-5 grader,true,7\r\n", csv.text());
        assertArrayEquals(csv.text().getBytes(StandardCharsets.UTF_8), csv.bytes());
    }

    @Test
    void aDialectIsChosenByItsParameterValue() {
        assertEquals(CsvDialect.EXCEL_SV, CsvDialect.of("excel-sv", CsvDialect.RFC4180));
        assertEquals(CsvDialect.RFC4180, CsvDialect.of("rfc4180", CsvDialect.EXCEL_SV));
        assertEquals(CsvDialect.EXCEL_SV, CsvDialect.of(null, CsvDialect.EXCEL_SV));
        ProblemException unknown = assertThrows(ProblemException.class, () -> CsvDialect.of("EXCEL_SV", CsvDialect.RFC4180));
        assertEquals(400, unknown.status());
        assertEquals("dialect", unknown.toProblem(null).errors().get(0).field());
    }
}
