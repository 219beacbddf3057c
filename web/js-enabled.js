/*
 * Loaded at the start of <body>, before anything is drawn: tells GOV.UK Frontend's styles that
 * JavaScript runs (js-enabled) and that the browser can run its components (govuk-frontend-supported,
 * browsers with ES modules). GOV.UK's page template does this with an inline script; Minutebook's
 * Content-Security-Policy allows none, so it is a file.
 */
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
