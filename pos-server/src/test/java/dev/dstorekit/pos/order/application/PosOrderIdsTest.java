package dev.dstorekit.pos.order.application;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PosOrderIdsTest {

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource(textBlock = """
            1,          2024-03-15T23:30:00+08:00, POS-20240315-000001
            123,        2024-03-15T00:10:00-05:00, POS-20240315-000123
            999999,     2024-12-31T12:00:00Z,      POS-20241231-999999
            1000000,    2025-01-01T00:00:00+14:00, POS-20250101-1000000
            9876543210, 2025-01-01T00:00:00Z,      POS-20250101-9876543210
            """)
    void sequenceIsZeroPaddedToSixDigitsAfterTheOrdersLocalDate(long sequence, String orderDate, String expected) {
        assertEquals(expected, PosOrderIds.of(sequence, OffsetDateTime.parse(orderDate)));
    }
}
