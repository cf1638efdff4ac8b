/* SPDX-License-Identifier: Apache-2.0 */
!1AQaq¡±ÁÑáñ
int x; // pitrace: allow(pi-logging) reason: trailing
// pitrace: allow(pi-logging, pi-unencrypted-storage) reason: own line
int y;
// pitrace: allow-next-line(pi-cleartext-transmission) reason: next
int z;
/* pitrace: begin-allow(pi-external-transfer) reason: block */
int w;
/* pitrace: end-allow(pi-external-transfer) */
// pitrace: allow(pi-loging)
// pitrace: frob(pi-logging) reason: x
// pitrace: allow pi-logging
// pitrace: end-allow(pi-logging)
char *s = "// pitrace: allow(pi-logging) reason: in a string";
/* multi
   // pitrace: allow(pi-logging) reason: continued
 */
/* pitrace: begin-allow(pi-hardcoded-literal) reason: never closed */
