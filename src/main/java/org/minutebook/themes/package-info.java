/**
 * The theme taxonomy: which themes exist and the words that define them. Loading and validation
 * only; tagging items (index) and timelines (search) build on it.
 */
package org.minutebook.themes;
