/**
 * The embeddable bundle: <klachten-formulier> and <klachten-status>. Built by scripts/build-form.js into
 * public/complaints/form.js (IIFE, no framework).
 */
import { KlachtenFormulier } from './form';
import { KlachtenStatus } from './status';

// The script may be included twice on one page; defining an element again would throw.
if (!customElements.get('klachten-formulier')) customElements.define('klachten-formulier', KlachtenFormulier);
if (!customElements.get('klachten-status')) customElements.define('klachten-status', KlachtenStatus);
