package org.minutebook.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.minutebook.model.DocumentType;
import org.minutebook.model.Sourced;

/**
 * What is known about one item, each value with where it came from.
 *
 * @param date the meeting date a manifest, the text or the path states; never an estimate
 * @param estimatedDate when nothing states the meeting date, an estimate from the dated events the
 *     text mentions (origin {@link org.minutebook.model.Origin#ESTIMATE}); empty whenever {@code
 *     date} comes from a manifest or the text. Show it only as an estimate.
 */
public record ItemMetadata(
    String title,
    Optional<String> itemNumber,
    Optional<Sourced<String>> council,
    Optional<Sourced<String>> committee,
    Optional<Sourced<LocalDate>> date,
    Optional<Sourced<LocalDate>> estimatedDate,
    DocumentType type) {}
