package org.minutebook.web;

/** The JSON body of every error response. */
record ErrorBody(String error) {}
