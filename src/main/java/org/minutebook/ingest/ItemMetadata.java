package org.minutebook.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.minutebook.model.DocumentType;
import org.minutebook.model.Sourced;

/** What is known about one item, each value with where it came from. */
public record ItemMetadata(
    String title,
    Optional<String> itemNumber,
    Optional<Sourced<String>> council,
    Optional<Sourced<String>> committee,
    Optional<Sourced<LocalDate>> date,
    DocumentType type) {}
