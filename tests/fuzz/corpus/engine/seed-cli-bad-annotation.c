struct a { char id[19] __attribute__((annotate("pi:idnumber"))); };
