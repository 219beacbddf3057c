package org.minutebook.bench;

import java.io.IOException;

/** Lays minutes out as the bytes of one file format. */
interface Renderer {
  byte[] render(Minutes minutes, Meeting meeting) throws IOException;
}
