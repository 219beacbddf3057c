package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.WorkerProtocol.Reply;
import org.minutebook.model.IngestStatus;

/** Replies survive the trip through a JSON line unchanged, whatever the text holds. */
class WorkerProtocolTest {
  @Test
  void textWithAnyCharactersIsOneAsciiLineAndComesBackUnchanged() throws Exception {
    String awkward = "Café\n\f“quoted”\t\u0000 \uD83D\uDCDC lone \uD800 surrogate\r\n";
    Extracted sent =
        new Extracted(awkward, "application/pdf", Optional.of("Minutes – Cabinet"), true, 2);
    String line = WorkerProtocol.encode(Reply.of(sent));
    assertFalse(line.contains("\n"), line);
    assertTrue(line.chars().allMatch(c -> c < 128), line);
    Extracted received = WorkerProtocol.decode(line, Reply.class).toExtracted();
    assertEquals(sent, received);
  }

  @Test
  void aFailureComesBackAsTheSameException() throws Exception {
    Reply reply =
        roundTrip(
            Reply.of(
                new ExtractionException(
                    IngestStatus.ENCRYPTED, "the file is encrypted", "application/msword")));
    ExtractionException e = assertThrows(ExtractionException.class, reply::toExtracted);
    assertEquals(IngestStatus.ENCRYPTED, e.status());
    assertEquals("the file is encrypted", e.getMessage());
    assertEquals("application/msword", e.contentType());
  }

  @Test
  void anUnreadableFileComesBackAsAnIoException() throws Exception {
    Reply reply = roundTrip(Reply.ioError(new IOException("Permission denied")));
    IOException e = assertThrows(IOException.class, reply::toExtracted);
    assertEquals("IOException: Permission denied", e.getMessage());
  }

  @Test
  void anUnknownStatusIsNotTakenForText() throws Exception {
    Reply reply = WorkerProtocol.decode("{\"status\":\"WHATEVER\",\"extra\":1}", Reply.class);
    assertThrows(IOException.class, reply::toExtracted);
  }

  private static Reply roundTrip(Reply reply) throws Exception {
    return WorkerProtocol.decode(WorkerProtocol.encode(reply), Reply.class);
  }
}
