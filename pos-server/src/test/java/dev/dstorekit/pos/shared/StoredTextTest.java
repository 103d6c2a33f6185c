package dev.dstorekit.pos.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the database holds of text it cannot store as is, and the server's own notes. */
class StoredTextTest {

    static final String BOWL = new String(Character.toChars(0x1F35C));

    @ParameterizedTest
    @ValueSource(strings = {"", "CR-ROAST", "a\\b", "tab\tnew\nline\u0001\u001f\u007f", "\u2028\ufeff", "🍜 noodles"})
    void textADatabaseCanHoldIsStoredUnchanged(String text) {
        assertSame(text, StoredText.encode(text));
        assertSame(text, StoredText.decode(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "RO-\u0000-1", "\\0", "a\\\u0000b", "\ud800", "x\udc00y", "\ud83c", "\uFDD0", "\uFDD0plain",
            "\uFDD0\\0", "\\u0000\u0000"})
    void textWithNulALoneSurrogateOrTheMarkerComesBackExactly(String text) {
        String stored = StoredText.encode(text);

        assertFalse(stored.indexOf('\u0000') >= 0, "no U+0000 is stored: " + stored);
        assertTrue(stored.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF), "no lone surrogate is stored");
        assertEquals(text, StoredText.decode(stored));
    }

    @Test
    void differentTextsAreStoredDifferently() {
        List<String> texts = List.of("a\u0000", "a\\0", "\uFDD0a\\0", "a\uFFFD", "a", "\uFDD0a", "a\ud800", "a\\ud800",
                "a\\uD800", "\\", "\\\\", "\u0000\u0000", "\\0\\0");
        Set<String> stored = new HashSet<>();
        texts.forEach(text -> stored.add(StoredText.encode(text)));
        assertEquals(texts.size(), stored.size(), stored.toString());
    }

    @Test
    void nullStaysNull() {
        assertNull(StoredText.encode(null));
        assertNull(StoredText.decode(null));
    }

    @Test
    void aNoteReplacesWhatNoDatabaseHoldsAndFitsItsColumnWithoutSplittingACharacter() {
        assertEquals("flag \uFFFD \uFFFD", StoredText.note("flag \u0000 \udc00", 100));
        String cut = StoredText.note("x" + BOWL.repeat(10), 6);
        assertEquals("x" + BOWL + BOWL + "…", cut);
        assertTrue(cut.length() <= 6);
        String atPair = StoredText.note(BOWL.repeat(10), 6);
        assertEquals(BOWL + BOWL + "…", atPair);
    }

    @Test
    void shortTextIsLeftAloneAndLongTextIsCutToTheLimit() {
        assertEquals("success", ShortText.cut("success", 256));
        String cut = ShortText.cut("a".repeat(300), 256);
        assertEquals(256, cut.length());
        assertTrue(cut.endsWith("…"));
        assertEquals("ab" + "…", ShortText.cut("ab" + BOWL + "cd", 4));
    }
}
