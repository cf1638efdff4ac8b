/* SPDX-License-Identifier: Apache-2.0 */
 @`
// pitrace: allow(pi-Éí·Ý) reason: ÖÐÎÄÿ
// pitrace: allow(pi-logging) reason: ÿþ
/* pitrace: allow(pi-logging) reason: </script><script>x</script> */
