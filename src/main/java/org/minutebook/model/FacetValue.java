package org.minutebook.model;

/** One value of a facet with the number of matching items that have it. */
public record FacetValue(String value, long count) {}
