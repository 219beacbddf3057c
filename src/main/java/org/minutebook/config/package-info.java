/** Settings, read once from the command line into immutable records with named defaults. */
package org.minutebook.config;
