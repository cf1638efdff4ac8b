/* SPDX-License-Identifier: Apache-2.0 */
struct a { char id[19] __attribute__((annotate("pi:idnumber"))); };
