/*
 * Starts GOV.UK Frontend's components that need JavaScript (the service navigation's menu button on
 * phones, the skip link, the error summary, buttons, checkboxes, radios) on the elements with their
 * data-module in index.html. The library comes from the app's own webjar (pom.xml names the same
 * version: change both together); nothing is fetched from elsewhere.
 *
 * app.js builds the rest of the page with GOV.UK's classes only, using no component that needs a
 * script, so nothing here has to run again when a view is drawn.
 */
import { initAll } from './webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

initAll();
